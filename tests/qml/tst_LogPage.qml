import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The Log page on its own, on the real store: the follow-ups due are those stored, an outcome
// is stored at once and taken back with Undo; attendance in two taps adds to the day's count.
TestCase {
    id: testCase
    name: "LogPage"
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
            LogPage {
                id: page
                anchors.fill: parent
                app: testApp
                showAllFollowUps: true
            }
        }
    }

    function openPage() {
        const frame = createTemporaryObject(frameComponent, testCase)
        waitForRendering(frame)
        return frame
    }
    function shownFollowUps(frame) {
        return Checks.allNamed(frame, "followUp_").map(
                    row => row.objectName.slice(9) + (Checks.named(row, "followUpArrived") ? "→" : "")).sort()
    }
    function contactOf(row) { return row.entry.contactId }
    // A contact due a follow-up without a referral (the sample's all have one).
    function initTestCase() {
        verify(testStore.put(testStore.org, { _id: "contact:test-plain", type: "contact", person: "plain-1",
                                              date: "2026-11-20", followUp: "2026-11-24" }))
    }
    function tap(item) {
        verify(item)
        Checks.scrollIntoView(item)
        waitForRendering(item)
        mouseClick(item)
    }
    function settle(frame) {
        tryVerify(() => !Checks.shownItems(frame).some(i => i.busy === true), 3000)
        waitForRendering(frame)
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_followUpsShownAreThoseStored() {
        const frame = openPage()
        const due = testStore.followUpsDue()
        verify(due.length > 0, "the sample has follow-ups due")
        compare(shownFollowUps(frame), due)
    }

    function test_doneIsStoredAndUndone() {
        const frame = openPage()
        const row = Checks.allNamed(frame, "followUp_").find(r => Checks.named(r, "followUpDone"))
        verify(row, "a follow-up without a referral")
        const person = row.objectName.slice(9)
        const id = contactOf(row)
        tap(Checks.named(row, "followUpDone"))
        verify(testStore.doc(testStore.org, id).followUpDone)
        compare(shownFollowUps(frame), testStore.followUpsDue())
        verify(!Checks.named(frame, "followUp_" + person))
        // Saved at once, and Undo puts it back as it was.
        tap(Checks.named(frame, "undoBarButton"))
        verify(testStore.doc(testStore.org, id).followUpDone === undefined)
        compare(shownFollowUps(frame), testStore.followUpsDue())
        verify(Checks.named(frame, "followUp_" + person))
    }

    function test_arrivedAndInAWeek() {
        const frame = openPage()
        const row = Checks.allNamed(frame, "followUp_").find(r => Checks.named(r, "followUpArrived"))
        verify(row, "a follow-up of a referral")
        const id = contactOf(row)
        tap(Checks.named(row, "followUpArrived"))
        compare(testStore.doc(testStore.org, id).referral.status, "arrived")
        verify(testStore.doc(testStore.org, id).followUpDone)
        compare(shownFollowUps(frame), testStore.followUpsDue())
        tap(Checks.named(frame, "undoBarButton"))
        verify(testStore.doc(testStore.org, id).referral.status !== "arrived")

        const again = Checks.allNamed(frame, "followUp_").find(r => contactOf(r) === id)
        tap(Checks.named(again, "followUpLater"))
        compare(testStore.doc(testStore.org, id).followUp, "2026-12-01")
        compare(shownFollowUps(frame), testStore.followUpsDue())
        tap(Checks.named(frame, "undoBarButton"))
    }

    function test_attendanceAddsToTheDaysCount() {
        const frame = openPage()
        const activity = testApp.fieldLog.todaysActivities()[0]
        const before = testStore.ids(testStore.org, "visit")
        tap(Checks.named(frame, "todayActivity_0"))
        settle(frame)
        mouseClick(Checks.named(frame, "count_7"))
        settle(frame)
        const added = testStore.ids(testStore.org, "visit").filter(id => before.indexOf(id) < 0)
        compare(added.length, 1)
        compare(testStore.doc(testStore.org, added[0]).initiative, activity.initiativeId)
        // Back on the list: the row counts what is stored for that initiative today.
        const row = Checks.named(frame, "todayActivity_0")
        verify(row)
        verify(row.Accessible.name.indexOf(testApp.fieldLog.todaysActivities()[0].logged) >= 0)
        tap(Checks.named(frame, "undoBarButton"))
        compare(testStore.doc(testStore.org, added[0]), {})
    }

    function test_noSyncPromisedBeforeJoining() {
        const frame = openPage()
        const line = Checks.named(frame, "logOrganisation").text
        verify(line.indexOf("gesynchroniseerd") < 0, line)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        const row = Checks.allNamed(frame, "followUp_").find(r => Checks.named(r, "followUpArrived"))
        const arrived = Checks.named(row, "followUpArrived")
        const later = Checks.named(row, "followUpLater")
        compare(Checks.centreX(arrived, frame) > Checks.centreX(later, frame), rtl)
        compare(Checks.named(frame, "logOrganisation").effectiveHorizontalAlignment, rtl ? Text.AlignRight : Text.AlignLeft)
        compare(Checks.cutText(frame, frame), [])
    }
}
