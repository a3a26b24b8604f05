#include <QtTest>
class Tst_schedule : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_APPLESS_MAIN(Tst_schedule)
#include "tst_schedule.moc"
