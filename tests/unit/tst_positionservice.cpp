#include <QtTest>
class Tst_positionservice : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_MAIN(Tst_positionservice)
#include "tst_positionservice.moc"
