import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// One initiative on its own, on the real store: what it shows is the stored initiative in the
// reader's language; a translation made here is stored and shown at once.
TestCase {
    id: testCase
    name: "InitiativeDetailPage"
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
            InitiativeDetailPage {
                id: page
                anchors.fill: parent
                app: testApp
                showBack: true
            }
        }
    }

    function openPage() {
        const frame = createTemporaryObject(frameComponent, testCase)
        frame.page.initiativeId = "initiative:wijkpaleis" // once the page has its app, as Main.qml does
        waitForRendering(frame)
        return frame
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_showsTheStoredInitiative() {
        const frame = openPage()
        const stored = testStore.doc("directory", "translation:wijkpaleis:nl")
        verify(Checks.named(frame, "detailTitle").text.indexOf(stored.name) >= 0)
        verify(Checks.named(frame, "detailSummary").text.indexOf(stored.summary) >= 0)
        const initiative = testStore.doc("directory", "initiative:wijkpaleis")
        if (initiative.phone)
            verify(Checks.named(frame, "callButton").Accessible.name.indexOf(initiative.phone) >= 0)
    }

    function test_aTranslationMadeHereIsStoredAndShown() {
        testApp.setLanguage("tr")
        const frame = openPage()
        mouseClick(Checks.named(frame, "translateButton"))
        waitForRendering(frame)
        const editor = Checks.named(frame, "translationEditorPage")
        verify(editor)
        Checks.named(editor, "translationName").text = "Mahalle Sarayı"
        Checks.named(editor, "translationSummary").text = "Kahve ve sohbet"
        Checks.named(editor, "translationSave").clicked()
        compare(testStore.doc("directory", "translation:wijkpaleis:tr").name, "Mahalle Sarayı")
        tryVerify(() => Checks.named(frame, "detailTitle") && Checks.named(frame, "detailTitle").text.indexOf("Mahalle Sarayı") >= 0)
        verify(Checks.named(frame, "translationSavedBanner"))
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        compare(Checks.centreX(Checks.named(frame, "backButton"), frame) > frame.width / 2, rtl)
        compare(Checks.named(frame, "detailTitle").effectiveHorizontalAlignment, rtl ? Text.AlignRight : Text.AlignLeft)
        const route = Checks.named(frame, "routeButton")
        if (route)
            compare(Checks.centreX(route, frame) > frame.width / 2, rtl)
        compare(Checks.cutText(frame, frame), [])
    }
}
