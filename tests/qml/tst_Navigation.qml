import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// BottomNavigation, NavigationRail and PageHeader: five destinations fit a phone, every label
// whole and at one size; a tap names the destination; the back arrow sits at the start edge.
TestCase {
    id: testCase
    name: "Navigation"
    width: 390
    height: 844
    when: windowShown
    visible: true

    readonly property var destinations: [
        { page: 0, label: "Initiatieven", icon: "qrc:/buurtbrug/icons/directory.svg" },
        { page: 1, label: "Vastleggen", icon: "qrc:/buurtbrug/icons/log.svg" },
        { page: 2, label: "Rapportages", icon: "qrc:/buurtbrug/icons/reports.svg" },
        { page: 3, label: "Stempelkaart", icon: "qrc:/buurtbrug/icons/card.svg" },
        { page: 5, label: "Synchronisatie", icon: "qrc:/buurtbrug/icons/sync.svg" }
    ]

    Component {
        id: frameComponent
        Item {
            property alias bar: bar
            property alias rail: rail
            property alias header: header
            width: 390
            height: 844
            LayoutMirroring.enabled: testApp.rightToLeft
            LayoutMirroring.childrenInherit: true
            PageHeader {
                id: header
                width: parent.width
                title: "Een titel die lang genoeg is om af te breken op een telefoon"
                showBack: true
            }
            NavigationRail {
                id: rail
                y: header.height
                height: 500
                destinations: testCase.destinations
            }
            BottomNavigation {
                id: bar
                width: parent.width
                anchors.bottom: parent.bottom
                destinations: testCase.destinations
            }
        }
    }
    SignalSpy { id: spy }

    function open() {
        const frame = createTemporaryObject(frameComponent, testCase)
        waitForRendering(frame)
        return frame
    }
    function tabs(frame) {
        return Checks.shownItems(frame.bar).filter(i => i.Accessible.role === Accessible.PageTab)
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_fiveLabelsWholeAtOneSize() {
        const frame = open()
        const labels = Checks.allNamed(frame.bar, "navigationLabel")
        compare(labels.length, 5)
        for (const label of labels) {
            compare(label.font.pixelSize, labels[0].font.pixelSize)
            verify(!label.truncated, label.text)
        }
        compare(Checks.cutText(frame.bar, frame), [])
    }

    function test_aTapNamesTheDestination() {
        const frame = open()
        spy.signalName = "sectionChosen"
        spy.target = frame.bar
        spy.clear()
        mouseClick(tabs(frame)[2])
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], testCase.destinations[2].page)
        // The section, not the tab's place: the last tab is Sync (5), not 4.
        mouseClick(tabs(frame)[4])
        compare(spy.count, 2)
        compare(spy.signalArguments[1][0], testCase.destinations[4].page)
        spy.target = null
        spy.signalName = "backClicked"
        spy.target = frame.header
        spy.clear()
        mouseClick(Checks.named(frame.header, "backButton"))
        compare(spy.count, 1)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = open()
        const rtl = data.language === "ar"
        const all = tabs(frame)
        compare(Checks.centreX(all[0], frame) > Checks.centreX(all[1], frame), rtl)
        compare(Checks.centreX(Checks.named(frame.header, "backButton"), frame) > frame.width / 2, rtl)
        compare(Checks.named(frame.header, "pageTitle").effectiveHorizontalAlignment, rtl ? Text.AlignRight : Text.AlignLeft)
        compare(Checks.cutText(frame.header, frame), [])
        compare(Checks.cutText(frame.bar, frame), [])
    }
}
