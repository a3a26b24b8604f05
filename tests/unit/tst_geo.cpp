#include <QtTest>
class Tst_geo : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_MAIN(Tst_geo)
#include "tst_geo.moc"
