import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// Versions of an initiative made on two devices at once, on the real store: the detail page
// says so to a coordinator only, the conflict view lists the differing fields with every
// version's value, and what is saved is the merge chosen field by field, with no other
// version left in the store.
TestCase {
    id: testCase
    name: "ConflictPage"
    width: 820
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
            InitiativeDetailPage {
                id: page
                anchors.fill: parent
                app: testApp
                showBack: true
            }
        }
    }

    function openPage(initiativeId, width) {
        const frame = createTemporaryObject(frameComponent, testCase, { width: width || 390 })
        frame.page.initiativeId = initiativeId
        waitForRendering(frame)
        return frame
    }
    function cleanup() {
        testApp.setLanguage("nl")
        testStore.setRoles([])
    }
    function choices(frame, field) {
        return Checks.shownItems(frame).filter(item => item.objectName === "conflictChoice" && item.field === field)
    }
    function tap(item) {
        Checks.scrollIntoView(item)
        waitForRendering(item)
        mouseClick(item)
    }
    function openConflictView(frame) {
        tryVerify(() => Checks.named(frame, "conflictNotice") !== null)
        tap(Checks.named(frame, "openConflicts"))
        tryVerify(() => Checks.named(frame, "conflictPage") !== null)
        waitForRendering(frame)
        return Checks.named(frame, "conflictPage")
    }

    function test_onlyACoordinatorIsToldOfTwoVersions() {
        verify(testStore.makeConflict("directory", "initiative:wijkpaleis",
                                      { lastChecked: "2026-11-20" }, { lastChecked: "2026-11-21" }))
        const frame = openPage("initiative:wijkpaleis")
        verify(Checks.named(frame, "detailTitle"))
        compare(Checks.named(frame, "conflictNotice"), null)
        testStore.setRoles(["host"])
        waitForRendering(frame)
        compare(Checks.named(frame, "conflictNotice"), null)
        testStore.setRoles(["coordinator"])
        tryVerify(() => Checks.named(frame, "conflictNotice") !== null)
        verify(Checks.named(frame, "conflictNoticeText").text.indexOf("twee apparaten") >= 0)
        // Kept as the version shown now, whole: one version left.
        openConflictView(frame)
        tap(Checks.allNamed(frame, "keepWholeVersion")[0])
        tap(Checks.named(frame, "conflictSave"))
        compare(testStore.conflictsOf("directory", "initiative:wijkpaleis"), [])
        tryVerify(() => Checks.named(frame, "conflictPage") === null)
        verify(Checks.named(frame, "conflictSavedBanner"))
        compare(Checks.named(frame, "conflictNotice"), null)
    }

    function test_theMergeChosenFieldByFieldIsStored() {
        testStore.setRoles(["coordinator"])
        const id = "initiative:geestverwanten"
        verify(testStore.makeConflict("directory", id,
                                      { themes: ["food"], contact: { phone: "010 111 1111" } },
                                      { themes: ["advice"], contact: { phone: "010 222 2222" } }))
        const frame = openPage(id)
        const page = openConflictView(frame)
        verify(Checks.named(page, "conflictDocumentTitle").text !== "")
        const phones = choices(frame, "contact.phone")
        compare(phones.length, 2)
        const themes = choices(frame, "themes")
        compare(themes.length, 2)
        // Every differing field is marked in words, not by colour alone.
        verify(Checks.allNamed(frame, "differsMark").length >= 2)
        verify(Checks.named(frame, "differsMark").text.indexOf("≠") >= 0)
        // The phone of one device and the themes of the other.
        const second = phones.find(item => item.modelData === "010 222 2222")
        const other = 1 - second.version
        tap(second)
        tap(themes[other])
        tryVerify(() => choices(frame, "contact.phone")[second.version].text.indexOf("(") >= 0)
        verify(choices(frame, "themes")[other].Accessible.checked)
        verify(!choices(frame, "themes")[second.version].Accessible.checked)
        tap(Checks.named(frame, "conflictSave"))
        compare(testStore.conflictsOf("directory", id), [])
        const stored = testStore.doc("directory", id)
        compare(stored.contact.phone, "010 222 2222")
        compare(stored.themes, ["food"])
        tryVerify(() => Checks.named(frame, "conflictPage") === null)
    }

    function test_oneVersionKeptWhole() {
        testStore.setRoles(["editor"])
        const id = "initiative:thuis-in-west"
        verify(testStore.makeConflict("directory", id, { stampRadiusMetres: 50 }, { stampRadiusMetres: 120 }))
        const frame = openPage(id)
        openConflictView(frame)
        const radius = choices(frame, "stampRadiusMetres")
        compare(radius.length, 2)
        const wide = radius.find(item => item.modelData === "120")
        tap(Checks.allNamed(frame, "keepWholeVersion")[wide.version])
        tap(Checks.named(frame, "conflictSave"))
        compare(testStore.conflictsOf("directory", id), [])
        compare(testStore.doc("directory", id).stampRadiusMetres, 120)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl phone", language: "nl", width: 390 }, { tag: "ar phone", language: "ar", width: 390 },
                 { tag: "nl wide", language: "nl", width: 800 }, { tag: "ar wide", language: "ar", width: 800 } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        testStore.setRoles(["coordinator"])
        const id = "initiative:huize-middelland"
        verify(testStore.makeConflict("directory", id,
                                      { contact: { phone: "010 333 3333" }, accessibility: { stepFree: true, rollator: true } },
                                      { contact: { phone: "010 444 4444" }, accessibility: { stepFree: false, rollator: true } }))
        const frame = openPage(id, data.width)
        const rtl = data.language === "ar"
        compare(Checks.centreX(Checks.named(frame, "openConflicts"), frame) > frame.width / 2, rtl)
        compare(Checks.cutText(frame, frame), [])
        openConflictView(frame)
        compare(Checks.centreX(Checks.named(frame, "backButton"), frame) > frame.width / 2, rtl)
        compare(Checks.named(frame, "conflictIntro").effectiveHorizontalAlignment, rtl ? Text.AlignRight : Text.AlignLeft)
        const phones = choices(frame, "contact.phone")
        compare(phones.length, 2)
        if (data.width >= 640) // side by side, the first version where reading starts
            compare(Checks.centreX(phones[0], frame) > Checks.centreX(phones[1], frame), rtl)
        else
            verify(phones[0].mapToItem(frame, 0, 0).y < phones[1].mapToItem(frame, 0, 0).y)
        verify(phones[0].height >= 48)
        compare(Checks.cutText(frame, frame), [])
        // Resolved again, so the next row starts from one version.
        tap(Checks.allNamed(frame, "keepWholeVersion")[0])
        tap(Checks.named(frame, "conflictSave"))
        compare(testStore.conflictsOf("directory", id), [])
    }
}
