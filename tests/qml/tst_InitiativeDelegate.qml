import QtQuick
import QtTest
import Buurtbrug.Ui

TestCase {
    id: testCase
    name: "InitiativeDelegate"
    width: 390
    height: 300
    when: windowShown
    visible: true // TestCase is hidden by default; taps need a visible item

    Component {
        id: host
        Item {
            id: frame
            property bool rtl: false
            property alias delegate: entry
            width: 390
            height: 120
            LayoutMirroring.enabled: rtl
            LayoutMirroring.childrenInherit: true
            InitiativeDelegate {
                id: entry
                width: frame.width
                index: 0
                initiativeId: "initiative:sirenelunch"
                name: "Sirenelunch"
                nameLanguage: "nl"
                summary: "Samen eten op de eerste maandag"
                address: "Straat 1, Rotterdam"
                distance: 600
                walkingMinutes: 12
                compass: 1
                approximate: false
                today: "12:00–14:00"
                openNow: false
                readerLanguage: "nl"
            }
        }
    }

    SignalSpy { id: clicks; signalName: "clicked" }

    function centreX(item) { return item.mapToItem(null, item.width / 2, 0).x }

    function test_startEdgeFollowsReadingDirection_data() {
        return [ { tag: "ltr", rtl: false }, { tag: "rtl", rtl: true } ]
    }
    function test_startEdgeFollowsReadingDirection(data) {
        const frame = createTemporaryObject(host, testCase, { rtl: data.rtl })
        waitForRendering(frame)
        const avatar = findChild(frame.delegate, "avatar")
        const name = findChild(frame.delegate, "nameLabel")
        verify(avatar && name)
        compare(centreX(avatar) > centreX(name), data.rtl)
        compare(name.effectiveHorizontalAlignment, data.rtl ? Text.AlignRight : Text.AlignLeft)
    }

    function cleanup() { testApp.setLanguage("nl") }

    function test_touchTargetAndAccessibleName() {
        testApp.setLanguage("en") // the test store's app installs the UI language's translation
        const frame = createTemporaryObject(host, testCase)
        verify(frame.delegate.height >= 48)
        compare(frame.delegate.Accessible.name,
                "Sirenelunch, Samen eten op de eerste maandag, Today 12:00–14:00, 600 m · 12 min walk · north-east, Straat 1, Rotterdam")
    }

    function test_tapEmitsClicked() {
        const frame = createTemporaryObject(host, testCase)
        clicks.target = frame.delegate
        clicks.clear()
        waitForRendering(frame)
        mouseClick(frame.delegate)
        tryCompare(clicks, "count", 1)
    }

    function test_arabicNameInDutchUi() {
        const frame = createTemporaryObject(host, testCase)
        frame.delegate.name = "رفاق الحي"
        waitForRendering(frame)
        const name = findChild(frame.delegate, "nameLabel")
        // The row stays Dutch-ordered; the Arabic name is still aligned to the UI's start edge.
        compare(name.effectiveHorizontalAlignment, Text.AlignLeft)
        compare(name.text, "رفاق الحي")
    }
}
