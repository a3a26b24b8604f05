import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The activity editor with its schedule editor, on the real store (today is Tuesday
// 24 November 2026): a weekly activity is the stored activity and its name in the
// translation; the preview follows the rule and a Skip becomes an exception; a schedule that
// never takes place is refused with nothing stored and nothing typed lost.
TestCase {
    id: testCase
    name: "ActivityEditorPage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: frameComponent
        Item {
            property alias page: page
            width: testCase.width
            height: testCase.height
            LayoutMirroring.enabled: testApp.rightToLeft
            LayoutMirroring.childrenInherit: true
            ActivityEditorPage {
                id: page
                anchors.fill: parent
                app: testApp
            }
        }
    }
    SignalSpy { id: closedSpy; signalName: "closed" }

    function init() {
        testStore.setRoles(["coordinator"])
        verify(testApp.directoryEditor.open("initiative:wijkpaleis"))
    }
    function cleanup() {
        testApp.setLanguage("nl")
        testStore.setRoles([])
    }
    function openPage(activityId) {
        if (activityId)
            verify(testApp.directoryEditor.openActivity(activityId))
        else
            testApp.directoryEditor.startActivity()
        const frame = createTemporaryObject(frameComponent, testCase)
        closedSpy.target = frame.page
        closedSpy.clear()
        waitForRendering(frame)
        return frame
    }
    function type(frame, name, text) {
        const input = Checks.named(frame, name + "Input")
        verify(input, name)
        input.text = text
    }
    function choose(frame, group, code) {
        const chip = Checks.named(Checks.named(frame, group), "chip_" + code)
        verify(chip, group + " " + code)
        chip.activate()
    }
    // A tap where a finger would: the item scrolled into sight first.
    function tap(frame, name) {
        const item = Checks.named(frame, name)
        verify(item, name)
        Checks.scrollIntoView(item)
        waitForRendering(frame)
        mouseClick(item)
    }
    function previewDates(frame) {
        const dates = []
        for (let i = 0; i < 5; ++i) {
            const label = Checks.named(frame, "previewDate_" + i)
            if (label)
                dates.push(label.text)
        }
        return dates
    }

    function test_aWeeklyActivityIsStored() {
        const frame = openPage()
        type(frame, "activityName", "Koffieochtend")
        type(frame, "activityDescription", "Koffie en een praatje")
        choose(frame, "scheduleDay", "3")
        type(frame, "scheduleStart", "10.00")
        type(frame, "scheduleEnd", "12:00")
        tap(frame, "scheduleSkipHolidays")
        verify(testApp.directoryEditor.activity.skipHolidays)
        // Five Wednesdays from today, Christmas (a Friday) not among them.
        compare(previewDates(frame).length, 5)
        const save = Checks.named(frame, "activitySave")
        Checks.scrollIntoView(save)
        save.clicked()
        compare(closedSpy.count, 1, JSON.stringify(testApp.directoryEditor.activity.problems))
        const stored = testStore.doc("directory", "activity:wijkpaleis:koffieochtend")
        compare(stored.schedule, { freq: "weekly", byDay: "WE", start: "10:00", end: "12:00", skipHolidays: true })
        const text = testStore.doc("directory", "translation:wijkpaleis:nl")
        compare(text.activities.koffieochtend.name, "Koffieochtend")
        compare(text.activities.koffieochtend.description, "Koffie en een praatje")
        verify(testApp.directoryEditor.activities.some(a => a.id === "activity:wijkpaleis:koffieochtend"))
    }

    function test_thePreviewFollowsTheRule() {
        const frame = openPage()
        choose(frame, "scheduleRule", "monthly")
        choose(frame, "scheduleNth", "-1")
        choose(frame, "scheduleDay", "5")
        // The last Friday: 27 November, then 25 December.
        verify(previewDates(frame)[0].indexOf("27") >= 0, previewDates(frame)[0])
        tap(frame, "scheduleSkipHolidays")
        verify(testApp.directoryEditor.activity.skipHolidays)
        verify(previewDates(frame)[1].indexOf("29") >= 0, "Christmas skipped: 29 January " + previewDates(frame)[1])

        choose(frame, "scheduleRule", "dates")
        type(frame, "scheduleDates", "19-12-2026")
        Checks.named(frame, "scheduleDatesAdd").clicked()
        type(frame, "scheduleDates", "16-01-2027")
        Checks.named(frame, "scheduleDatesAdd").clicked()
        compare(Checks.named(frame, "scheduleDatesInput").text, "", "a date taken leaves the field empty")
        compare(previewDates(frame).length, 2)
        // Skip the first: it becomes an exception and leaves the preview.
        Checks.named(frame, "previewSkip_0").clicked()
        compare(previewDates(frame).length, 1)
        compare(testApp.directoryEditor.activity.exceptions.map(d => d.iso), ["2026-12-19"])
        // A typed text that is no date stays in the field, with the problem under it.
        type(frame, "scheduleDates", "31-11-2026")
        Checks.named(frame, "scheduleDatesAdd").clicked()
        compare(Checks.named(frame, "scheduleDatesInput").text, "31-11-2026")
        verify(Checks.named(frame, "scheduleDatesProblem").text !== "")
    }

    function test_aScheduleThatNeverOccursIsRefused() {
        const frame = openPage()
        const before = testStore.updateSeq("directory")
        type(frame, "activityName", "Zomerfeest")
        choose(frame, "scheduleRule", "dates")
        type(frame, "scheduleDates", "01-07-2026") // already past
        Checks.named(frame, "scheduleDatesAdd").clicked()
        verify(Checks.named(frame, "schedulePreviewEmpty"))
        Checks.named(frame, "activitySave").clicked()
        compare(closedSpy.count, 0)
        verify(Checks.named(frame, "scheduleProblem").text !== "")
        compare(testStore.updateSeq("directory"), before)
        compare(Checks.named(frame, "activityNameInput").text, "Zomerfeest")
        compare(testApp.directoryEditor.activity.dates.map(d => d.iso), ["2026-07-01"])
    }

    function test_anActivityIsRemovedAfterAConfirmation() {
        let frame = openPage()
        type(frame, "activityName", "Eenmalig")
        choose(frame, "scheduleRule", "dates")
        type(frame, "scheduleDates", "05-12-2026")
        Checks.named(frame, "scheduleDatesAdd").clicked()
        Checks.named(frame, "activitySave").clicked()
        const id = "activity:wijkpaleis:eenmalig"
        verify(testStore.doc("directory", id)._rev)
        frame = openPage(id)
        compare(Checks.named(frame, "activityNameInput").text, "Eenmalig")
        const remove = Checks.named(frame, "removeActivity")
        Checks.scrollIntoView(remove)
        remove.clicked()
        const popup = frame.page.removeConfirmation
        tryVerify(() => popup.opened)
        Checks.named(popup.contentItem, "confirmRemoveActivityYes").clicked()
        compare(testStore.doc("directory", id), {})
        compare(closedSpy.count, 1)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        verify(testApp.directoryEditor.open("initiative:wijkpaleis"))
        const frame = openPage()
        const rtl = data.language === "ar"
        compare(Checks.centreX(Checks.named(frame, "backButton"), frame) > frame.width / 2, rtl)
        const save = Checks.named(frame, "activitySave")
        const cancel = Checks.named(frame, "activityCancel")
        compare(Checks.centreX(save, frame) > Checks.centreX(cancel, frame), rtl)
        // Weekdays in the UI language.
        const monday = Checks.named(Checks.named(frame, "scheduleDay"), "chip_1")
        compare(/[\u0600-\u06FF]/.test(monday.text), rtl, monday.text)
        compare(Checks.cutText(frame, frame), [])
    }
}
