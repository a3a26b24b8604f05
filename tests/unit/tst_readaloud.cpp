#include <QtTest>
class Tst_readaloud : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_MAIN(Tst_readaloud)
#include "tst_readaloud.moc"
