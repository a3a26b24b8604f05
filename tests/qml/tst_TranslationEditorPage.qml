import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The translation editor on its own, on the real store: a saved text is the stored
// translation document; a text without a name is refused and nothing is stored.
TestCase {
    id: testCase
    name: "TranslationEditorPage"
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
            TranslationEditorPage {
                id: page
                anchors.fill: parent
                app: testApp
                initiativeId: "initiative:wijkpaleis"
                reference: testApp.initiative("initiative:wijkpaleis", "nl", 0)
            }
        }
    }
    SignalSpy { id: doneSpy; signalName: "done" }

    function openPage() {
        const frame = createTemporaryObject(frameComponent, testCase)
        frame.page.language = "pl" // the target language, chosen once the editor is open
        doneSpy.target = frame.page
        doneSpy.clear()
        waitForRendering(frame)
        return frame
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_aSavedTextIsTheStoredTranslation() {
        const frame = openPage()
        Checks.named(frame, "translationName").text = "Pałac Dzielnicowy"
        Checks.named(frame, "translationSummary").text = "Kawa i rozmowa"
        Checks.named(frame, "translationDescription").text = "Codziennie od 10:00."
        mouseClick(Checks.named(frame, "translationNeedsReview"))
        Checks.named(frame, "translationSave").clicked()
        compare(doneSpy.count, 1)
        const stored = testStore.doc("directory", "translation:wijkpaleis:pl")
        compare(stored.name, "Pałac Dzielnicowy")
        compare(stored.summary, "Kawa i rozmowa")
        compare(stored.description, "Codziennie od 10:00.")
        compare(stored.status, "needs-review")
        verify(testApp.translationNotice !== "")
        // Opened again, the editor shows what is stored.
        const again = openPage()
        compare(Checks.named(again, "translationName").text, "Pałac Dzielnicowy")
        verify(Checks.named(again, "translationNeedsReview").checked)
    }

    function test_aTextWithoutANameIsRefused() {
        const frame = openPage()
        const before = testStore.doc("directory", "translation:wijkpaleis:pl")
        Checks.named(frame, "translationName").text = "   "
        Checks.named(frame, "translationSave").clicked()
        compare(doneSpy.count, 0)
        verify(Checks.named(frame, "translationError").text !== "")
        compare(testStore.doc("directory", "translation:wijkpaleis:pl"), before)
        compare(Checks.named(frame, "translationSummary").text, before.summary || "") // nothing typed is lost
    }

    // A keyboard user leaves the description with Tab and comes back with Shift+Tab; no tab
    // character is typed into it (the AT-SPI audit found Tab held there).
    function test_tabLeavesTheDescription() {
        const frame = openPage()
        const description = Checks.named(frame, "translationDescription")
        description.text = "Codziennie"
        description.forceActiveFocus()
        keyClick(Qt.Key_Tab)
        verify(!description.activeFocus, "Tab moved on")
        compare(description.text, "Codziennie")
        keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
        verify(description.activeFocus, "Shift+Tab came back")
        compare(description.text, "Codziennie")
    }

    function test_theOriginalIsShownBesideTheTarget() {
        const frame = openPage()
        const original = Checks.named(frame, "translationOriginalName")
        verify(original, "the original text beside the target language")
        verify(original.text.indexOf(testStore.doc("directory", "translation:wijkpaleis:nl").name) >= 0, original.text)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        compare(Checks.centreX(Checks.named(frame, "backButton"), frame) > frame.width / 2, rtl)
        const save = Checks.named(frame, "translationSave")
        const cancel = Checks.named(frame, "translationCancel")
        compare(Checks.centreX(save, frame) > Checks.centreX(cancel, frame), rtl)
        verify(Checks.named(frame, "translationDescriptionBox").border.width > 0) // the box is visible
        compare(Checks.cutText(frame, frame), [])
    }
}
