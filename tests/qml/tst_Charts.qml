import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// BarChart and LineChart over the real report of the store: the values drawn are the
// report's, the axis and labels are whole, and both mirror for Arabic.
TestCase {
    id: testCase
    name: "Charts"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: frameComponent
        Column {
            property alias bars: bars
            property alias line: line
            width: 390
            spacing: 12
            LayoutMirroring.enabled: testApp.rightToLeft
            LayoutMirroring.childrenInherit: true
            LineChart {
                id: line
                width: parent.width
                points: testApp.reports.series.points
                anySuppressed: testApp.reports.series.anySuppressed
                timeHeading: testApp.reports.series.periodHeading
                valueHeading: "Marktgesprekken"
            }
            BarChart {
                id: bars
                width: parent.width
                rows: [ { label: "Wijkpaleis (قصر الحي)", value: 1234 }, { label: "Sirenelunch", value: 56 },
                        { label: "Een heel lange naam van een initiatief in de wijk", value: "<5" } ]
            }
        }
    }

    function open() {
        testApp.reports.series.period = "week"
        testApp.reports.series.measure = "conversations"
        testApp.reports.series.reload()
        const frame = createTemporaryObject(frameComponent, testCase)
        waitForRendering(frame)
        return frame
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_theLineHasAxisAndTwelvePeriods() {
        const frame = open()
        compare(testApp.reports.series.count, 12)
        verify(Checks.allNamed(frame.line, "lineChartValueTick").length >= 2, "a value axis")
        verify(Checks.allNamed(frame.line, "lineChartTimeTick").length >= 2, "a time axis")
        verify(frame.line.Accessible.name !== "")
    }

    function test_barsShowValuesAndHiddenGroups() {
        const frame = open()
        const texts = Checks.shownItems(frame.bars).filter(i => i.text !== undefined).map(i => i.text)
        verify(texts.some(t => t.replace(/[.\u00a0]/g, "") === "1234"), texts)
        verify(texts.indexOf("<5") >= 0, texts)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = open()
        const rtl = data.language === "ar"
        compare(frame.line.mirrored, rtl)
        // The first period is at the start edge: left in Dutch, right in Arabic.
        const ticks = Checks.allNamed(frame.line, "lineChartTimeTick")
        compare(Checks.centreX(ticks[0], frame) > Checks.centreX(ticks[ticks.length - 1], frame), rtl)
        // The value axis beside the first period, and clear of every period's label.
        const values = Checks.allNamed(frame.line, "lineChartValueTick")
        compare(Checks.centreX(values[0], frame) > frame.width / 2, rtl)
        for (const value of values) {
            const box = value.mapToItem(frame, 0, 0)
            for (const tick of ticks) {
                const at = tick.mapToItem(frame, 0, 0)
                verify(at.x >= box.x + value.width || at.x + tick.width <= box.x || at.y >= box.y + value.height
                       || at.y + tick.height <= box.y, value.text + " overlaps " + tick.text)
            }
        }
        compare(Checks.cutText(frame, frame), [])
    }
}
