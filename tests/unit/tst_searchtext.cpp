#include <QtTest>
class Tst_searchtext : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_APPLESS_MAIN(Tst_searchtext)
#include "tst_searchtext.moc"
