import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The directory editor on its own, on the real store: what is saved is the stored initiative
// and translation; refused input (no name, a position abroad) stores nothing and keeps every
// field as typed; retiring asks first; only coordinators and editors see the way in.
TestCase {
    id: testCase
    name: "InitiativeEditorPage"
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
            InitiativeEditorPage {
                id: page
                anchors.fill: parent
                app: testApp
            }
        }
    }
    Component {
        id: listComponent
        Item {
            width: testCase.width
            height: testCase.height
            InitiativeListPage { anchors.fill: parent; app: testApp }
        }
    }
    Component {
        id: detailComponent
        Item {
            width: testCase.width
            height: testCase.height
            property alias page: detailPage
            InitiativeDetailPage { id: detailPage; anchors.fill: parent; app: testApp }
        }
    }
    SignalSpy { id: closedSpy; signalName: "closed" }

    function init() {
        testStore.setRoles(["coordinator"])
        testApp.directoryEditor.startNew()
    }
    function cleanup() {
        testApp.setLanguage("nl")
        testStore.setRoles([])
    }
    function openPage(initiativeId) {
        if (initiativeId)
            verify(testApp.directoryEditor.open(initiativeId))
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
    function save(frame) {
        const button = Checks.named(frame, "initiativeSave")
        Checks.scrollIntoView(button)
        button.clicked()
        waitForRendering(frame)
    }

    function test_aNewInitiativeIsTheStoredDocuments() {
        const frame = openPage()
        type(frame, "initiativeName", "Buurtkeuken De Pot")
        type(frame, "initiativeSummary", "Samen koken en eten")
        type(frame, "initiativePostcode", "3025 AB")
        type(frame, "initiativeCity", "Rotterdam")
        type(frame, "initiativeLatitude", "51,9102") // a Dutch decimal comma
        type(frame, "initiativeLongitude", "4.4498")
        type(frame, "initiativePhone", "010 123 4567")
        Checks.named(Checks.named(frame, "initiativeThemes"), "chip_food").activate()
        const rollator = Checks.named(frame, "initiativeRollator")
        Checks.scrollIntoView(rollator)
        waitForRendering(frame)
        mouseClick(rollator)
        verify(testApp.directoryEditor.initiative.rollator)
        save(frame)
        compare(testApp.directoryEditor.initiative.problemCount, 0, JSON.stringify(testApp.directoryEditor.initiative.problems))
        const stored = testStore.doc("directory", "initiative:buurtkeuken-de-pot")
        compare(stored.type, "initiative")
        compare(stored.address.postcode, "3025 AB")
        compare(stored.position.lat, 51.9102)
        compare(stored.position.lon, 4.4498)
        compare(stored.contact.phone, "010 123 4567")
        compare(stored.themes, ["food"])
        compare(stored.accessibility.rollator, true)
        const text = testStore.doc("directory", "translation:buurtkeuken-de-pot:nl")
        compare(text.name, "Buurtkeuken De Pot")
        compare(text.summary, "Samen koken en eten")
        compare(text.status, "original")
        // Saved, the editor stays open for its activities.
        verify(Checks.named(frame, "editorNotice").visible)
        verify(Checks.named(frame, "addActivity"))
        compare(testApp.directoryEditor.initiative.isNew, false)
    }

    function test_noNameInAnyLanguageIsRefusedAndNothingIsLost() {
        const frame = openPage()
        const before = testStore.updateSeq("directory")
        type(frame, "initiativeSummary", "Zonder naam")
        type(frame, "initiativePhone", "010 765 4321")
        save(frame)
        verify(Checks.named(frame, "initiativeNameProblem").text !== "", "the message is at the name")
        verify(Checks.named(frame, "editorNotice").visible)
        compare(testStore.updateSeq("directory"), before)
        compare(Checks.named(frame, "initiativeSummaryInput").text, "Zonder naam")
        compare(Checks.named(frame, "initiativePhoneInput").text, "010 765 4321")
    }

    function test_aPositionAbroadIsRefusedAtThePosition() {
        const frame = openPage()
        const before = testStore.updateSeq("directory")
        type(frame, "initiativeName", "Café in Parijs")
        type(frame, "initiativeLatitude", "48.8566")
        type(frame, "initiativeLongitude", "2.3522")
        save(frame)
        verify(Checks.named(frame, "positionProblem").text !== "")
        compare(testStore.updateSeq("directory"), before)
        compare(testStore.doc("directory", "initiative:cafe-in-parijs"), {})
        compare(Checks.named(frame, "initiativeLatitudeInput").text, "48.8566")
        // Typed words instead of a number are refused the same way.
        type(frame, "initiativeLatitude", "noord")
        save(frame)
        verify(Checks.named(frame, "positionProblem").text !== "")
        compare(testStore.updateSeq("directory"), before)
    }

    function test_anEditIsStored() {
        const frame = openPage("initiative:wijkpaleis")
        compare(Checks.named(frame, "initiativeNameInput").text, testStore.doc("directory", "translation:wijkpaleis:nl").name)
        type(frame, "initiativeWebsite", "https://wijkpaleis.example.nl")
        type(frame, "initiativeEmail", "geen e-mail")
        save(frame)
        verify(Checks.named(frame, "initiativeEmailProblem").text !== "", "a bad e-mail address is said at its field")
        type(frame, "initiativeEmail", "info@wijkpaleis.example.nl")
        save(frame)
        const stored = testStore.doc("directory", "initiative:wijkpaleis")
        compare(stored.contact.website, "https://wijkpaleis.example.nl")
        compare(stored.contact.email, "info@wijkpaleis.example.nl")
    }

    function test_retiringAsksFirst() {
        let frame = openPage()
        type(frame, "initiativeName", "Tijdelijke Tafel")
        save(frame)
        const id = "initiative:tijdelijke-tafel"
        verify(testStore.doc("directory", id)._rev)
        const retire = Checks.named(frame, "retireInitiative")
        Checks.scrollIntoView(retire)
        retire.clicked()
        const popup = frame.page.retireConfirmation
        tryVerify(() => popup.opened)
        Checks.named(popup.contentItem, "confirmRetireNo").clicked()
        tryVerify(() => !popup.visible)
        compare(testStore.doc("directory", id).retired, undefined)
        retire.clicked()
        tryVerify(() => popup.opened)
        Checks.named(popup.contentItem, "confirmRetireYes").clicked()
        compare(testStore.doc("directory", id).retired, testStore.today)
        compare(closedSpy.count, 1)
        compare(closedSpy.signalArguments[0][0], "")
    }

    function test_onlyCoordinatorsAndEditorsSeeTheWayIn_data() {
        return [ { tag: "coordinator", roles: ["coordinator"], shown: true }, { tag: "editor", roles: ["editor"], shown: true },
                 { tag: "buurtmaatje", roles: ["buurtmaatje"], shown: false }, { tag: "not joined", roles: [], shown: false } ]
    }
    function test_onlyCoordinatorsAndEditorsSeeTheWayIn(data) {
        testStore.setRoles(data.roles)
        const list = createTemporaryObject(listComponent, testCase)
        const detail = createTemporaryObject(detailComponent, testCase)
        detail.page.initiativeId = "initiative:wijkpaleis"
        waitForRendering(detail)
        compare(Checks.named(list, "addInitiative") !== null, data.shown)
        compare(Checks.named(detail, "editInitiative") !== null, data.shown)
        if (!data.shown) // and a save without the role stores nothing
            verify(!testApp.directoryEditor.save())
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage("initiative:wijkpaleis")
        const rtl = data.language === "ar"
        compare(Checks.centreX(Checks.named(frame, "backButton"), frame) > frame.width / 2, rtl)
        const save = Checks.named(frame, "initiativeSave")
        const close = Checks.named(frame, "initiativeClose")
        compare(Checks.centreX(save, frame) > Checks.centreX(close, frame), rtl)
        compare(Checks.cutText(frame, frame), [])
        // A refusal reads in the UI language.
        type(frame, "initiativePostcode", "12")
        save.clicked()
        const problem = Checks.named(frame, "initiativePostcodeProblem").text
        verify(problem !== "")
        compare(/[\u0600-\u06FF]/.test(problem), rtl, problem)
    }
}
