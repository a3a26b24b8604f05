import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// FactRow, FollowUpRow (over a follow-up stored in the store), StampRow and WalkingLine:
// whole at a phone's width, with the buttons a stored follow-up needs, mirrored for Arabic.
TestCase {
    id: testCase
    name: "Rows"
    width: 390
    height: 844
    when: windowShown
    visible: true

    property var referral: ({})
    property var plain: ({})

    function initTestCase() {
        // A follow-up without a referral next to the sample's (which all have one).
        verify(testStore.put(testStore.org, { _id: "contact:test-plain", type: "contact", person: "plain-1",
                                              date: "2026-11-20", followUp: "2026-11-24" }))
        referral = testApp.fieldLog.followUpsDue.find(f => f.referralTo !== "")
        plain = testApp.fieldLog.followUpsDue.find(f => f.referralTo === "")
    }

    Component {
        id: frameComponent
        Column {
            property alias referralRow: referralRow
            width: 390
            spacing: 8
            LayoutMirroring.enabled: testApp.rightToLeft
            LayoutMirroring.childrenInherit: true
            FactRow { objectName: "fact"; width: parent.width; label: "Adres"; value: "Duizendpootstraat 12\n3021 XK Rotterdam" }
            FollowUpRow { id: referralRow; objectName: "referralRow"; width: parent.width; entry: testCase.referral }
            FollowUpRow { objectName: "plainRow"; width: parent.width; entry: testCase.plain }
            StampRow {
                objectName: "stampRow"
                width: parent.width
                name: "قصر الحي (Wijkpaleis)"
                address: "Duizendpootstraat 12, Rotterdam"
                stamped: true
                lastVisit: "24-11-2026"
            }
            WalkingLine {
                objectName: "walking"
                width: parent.width
                distance: 200
                minutes: 3
                compass: 2
                approximate: true
                language: testApp.language
            }
        }
    }
    SignalSpy { id: outcome; signalName: "outcome" }

    function open() {
        const frame = createTemporaryObject(frameComponent, testCase)
        waitForRendering(frame)
        return frame
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_followUpButtonsFollowTheStoredContact() {
        verify(referral && plain, "both kinds of follow-up are stored")
        const frame = open()
        const stored = testStore.doc(testStore.org, referral.contactId)
        verify(stored.referral !== undefined)
        const referralRow = Checks.named(frame, "referralRow")
        verify(Checks.named(referralRow, "followUpArrived"))
        verify(Checks.named(referralRow, "followUpNotArrived"))
        verify(!Checks.named(referralRow, "followUpDone"))
        const plainRow = Checks.named(frame, "plainRow")
        verify(testStore.doc(testStore.org, plain.contactId).referral === undefined)
        verify(Checks.named(plainRow, "followUpDone"))
        verify(!Checks.named(plainRow, "followUpArrived"))
        outcome.target = frame.referralRow
        outcome.clear()
        mouseClick(Checks.named(referralRow, "followUpLater"))
        compare(outcome.signalArguments[0][0], "later")
    }

    function test_walkingLineIsConsistent() {
        const frame = open()
        const text = Checks.named(frame, "walking").text
        verify(text.indexOf("200") >= 0, text)
        verify(text.indexOf("3") >= 0, text)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = open()
        const rtl = data.language === "ar"
        const row = Checks.named(frame, "referralRow")
        const arrived = Checks.named(row, "followUpArrived")
        const notArrived = Checks.named(row, "followUpNotArrived")
        compare(Checks.centreX(arrived, frame) > Checks.centreX(notArrived, frame), rtl)
        compare(Checks.cutText(frame, frame), [])
    }
}
