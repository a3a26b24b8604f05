import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The Reports page on its own, on the real store: the figure in the headline is the number
// of stored logs in the period, and grows with a log made now; every table can be chosen.
TestCase {
    id: testCase
    name: "ReportsPage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: frameComponent
        Item {
            property alias page: page
            width: 390
            height: 844
            LayoutMirroring.enabled: testApp.rightToLeft
            LayoutMirroring.childrenInherit: true
            ReportsPage {
                id: page
                anchors.fill: parent
                app: testApp
            }
        }
    }

    function openPage() {
        const frame = createTemporaryObject(frameComponent, testCase)
        waitForRendering(frame)
        return frame
    }
    function headlineNumber(frame) {
        const text = Checks.named(frame, "reportHeadline").text
        const match = text.match(/: ([\d.,\u00a0\u202f]+) /)
        verify(match, text)
        return Number(match[1].replace(/[.,\u00a0\u202f]/g, ""))
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_theHeadlineCountsTheStoredLogs() {
        let frame = openPage()
        const report = frame.page.report
        compare(frame.page.measure, "conversations")
        const stored = testStore.countBetween(testStore.org, "tally", report.from, report.to)
        verify(stored >= 5, "the sample has market logs in the last 12 weeks")
        compare(headlineNumber(frame), stored)
        // One more conversation now: the page, shown again, counts it.
        verify(testApp.fieldLog.logTally() === "")
        frame = openPage()
        compare(headlineNumber(frame), stored + 1)
        compare(testStore.countBetween(testStore.org, "tally", report.from, report.to), stored + 1)
        testApp.fieldLog.undoLast()
    }

    function test_theSeriesTableHasTwelvePeriods() {
        const frame = openPage()
        compare(frame.page.series.count, 12)
        // One row per period in the table, each with its period (no blank row).
        const rows = Checks.shownItems(frame).filter(i => i.objectName === "reportSeriesRow")
        compare(rows.length, 12)
        verify(rows.every(r => r.label !== ""))
        mouseClick(Checks.named(Checks.named(frame, "reportPeriod"), "chip_month"))
        compare(frame.page.period, "month")
        tryCompare(frame.page.series, "count", 12)
    }

    function test_everyTableCanBeChosen_data() {
        return ["initiative", "language", "theme", "does", "needs"].map(t => ({ tag: t, table: t }))
    }
    function test_everyTableCanBeChosen(data) {
        const frame = openPage()
        const chip = Checks.named(Checks.named(frame, "reportTable"), "chip_" + data.table)
        chip.toggle()
        chip.toggled()
        compare(frame.page.table, data.table)
        verify(Checks.named(frame, "reportBarChart"))
        verify(!Checks.named(frame, "reportLineChart"))
        compare(Checks.cutText(frame, frame), [])
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        const weeks = Checks.named(Checks.named(frame, "reportPeriod"), "chip_week")
        const months = Checks.named(Checks.named(frame, "reportPeriod"), "chip_month")
        compare(Checks.centreX(weeks, frame) > Checks.centreX(months, frame), rtl)
        compare(Checks.named(frame, "reportPeriodHeading").effectiveHorizontalAlignment, rtl ? Text.AlignRight : Text.AlignLeft)
        // A period's value sits at the end edge of its row.
        const value = Checks.named(frame, "reportSeriesValue")
        compare(Checks.centreX(value, frame) < frame.width / 2, rtl)
        compare(Checks.cutText(frame, frame), [])
    }
}
