import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// Attendance on its own, on the real store: one tap on the number stores one visit.
TestCase {
    id: testCase
    name: "AttendancePage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    readonly property var activity: testApp.fieldLog.todaysActivities()[0]

    Component {
        id: frameComponent
        Item {
            property alias page: page
            width: 390
            height: 844
            LayoutMirroring.enabled: testApp.rightToLeft
            LayoutMirroring.childrenInherit: true
            AttendancePage {
                id: page
                anchors.fill: parent
                app: testApp
                initiativeId: testCase.activity.initiativeId
                activityId: testCase.activity.activityId
                activityTitle: testCase.activity.activity
            }
        }
    }
    SignalSpy { id: savedSpy; signalName: "saved" }

    function openPage() {
        const frame = createTemporaryObject(frameComponent, testCase)
        savedSpy.target = frame.page
        savedSpy.clear()
        waitForRendering(frame)
        return frame
    }
    function newVisit(before) {
        const added = testStore.ids(testStore.org, "visit").filter(id => before.indexOf(id) < 0)
        compare(added.length, 1)
        return testStore.doc(testStore.org, added[0])
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_oneTapStoresTheCount() {
        verify(activity, "the sample has activities on a Tuesday")
        const frame = openPage()
        const before = testStore.ids(testStore.org, "visit")
        mouseClick(Checks.named(frame, "count_12"))
        const visit = newVisit(before)
        compare(visit.count, 12)
        compare(visit.initiative, activity.initiativeId)
        compare(visit.activity, activity.activityId)
        compare(visit.date, testStore.today)
        verify(visit.participant === undefined)
        compare(savedSpy.count, 1)
        verify(savedSpy.signalArguments[0][0].indexOf("12") >= 0)
    }

    function test_participantCodeIsStoredTrimmed() {
        const frame = openPage()
        const before = testStore.ids(testStore.org, "visit")
        Checks.named(frame, "attendanceParticipant").text = " ster-8 "
        mouseClick(Checks.named(frame, "count_3"))
        compare(newVisit(before).participant, "ster-8")
    }

    function test_moreThanThirty() {
        const frame = openPage()
        const before = testStore.ids(testStore.org, "visit")
        Checks.named(frame, "countMore").value = 45
        mouseClick(Checks.named(frame, "countMoreSave"))
        compare(newVisit(before).count, 45)
    }

    function test_refusedCodeIsSaidAndNothingStored() {
        const frame = openPage()
        const before = testStore.ids(testStore.org, "visit")
        Checks.named(frame, "attendanceParticipant").text = "x".repeat(65) // over the 64 a code may have
        mouseClick(Checks.named(frame, "count_2"))
        compare(testStore.ids(testStore.org, "visit"), before)
        compare(savedSpy.count, 0)
        const problem = Checks.named(frame, "attendanceProblem")
        verify(problem && problem.text !== "")
        // What was typed stays, to be corrected.
        compare(Checks.named(frame, "attendanceParticipant").text.length, 65)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        const one = Checks.named(frame, "count_1")
        const two = Checks.named(frame, "count_2")
        compare(Checks.centreX(one, frame) > Checks.centreX(two, frame), rtl)
        compare(Checks.centreX(Checks.named(frame, "backButton"), frame) > frame.width / 2, rtl)
        compare(one.text, "1") // Western digits in Arabic too (ar_MA), as on the resident's papers
        compare(Checks.cutText(frame, frame), [])
    }
}
