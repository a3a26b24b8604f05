import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// A card holder's own card on its own, on the real store: the places and the progress shown
// are the stamps stored; the holder's choice about sharing is stored on the card.
TestCase {
    id: testCase
    name: "MyCardPage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    readonly property var places: ["initiative:geestverwanten", "initiative:wijkpaleis", "initiative:thuis-in-west"]

    Component {
        id: frameComponent
        Item {
            property alias page: page
            width: 390
            height: 844
            LayoutMirroring.enabled: testApp.rightToLeft
            LayoutMirroring.childrenInherit: true
            MyCardPage {
                id: page
                anchors.fill: parent
                app: testApp
            }
        }
    }

    function initTestCase() {
        verify(testApp.cards.addMyCard(testStore.cardPayload(0)).ok)
    }
    function openPage() {
        const frame = createTemporaryObject(frameComponent, testCase)
        waitForRendering(frame)
        return frame
    }
    function stampedRows(frame) {
        return Checks.allNamed(frame, "cardPlace").filter(r => r.stamped).length
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_progressIsTheStoredStamps() {
        let frame = openPage()
        compare(Checks.allNamed(frame, "cardPlace").length, 3)
        let stamped = testStore.placesStamped(testStore.cardCodes[0], places)
        compare(stampedRows(frame), stamped)
        verify(Checks.named(frame, "myCardProgress").text.indexOf(stamped + " ") >= 0)
        // A host stamps the card at the Wijkpaleis: the holder's page shows it.
        testApp.cards.stampingFor = "initiative:wijkpaleis"
        verify(testApp.cards.stampCard(testStore.cardCodes[0]).ok)
        frame = openPage()
        compare(testStore.placesStamped(testStore.cardCodes[0], places), stamped + 1)
        compare(stampedRows(frame), stamped + 1)
        verify(Checks.named(frame, "myCardProgress").text.indexOf((stamped + 1) + " ") >= 0)
    }

    function test_sharingIsStoredOnTheCard() {
        const frame = openPage()
        const share = Checks.named(frame, "shareProgress")
        verify(share.enabled)
        const before = testStore.doc("cards", "card:" + testStore.cardCodes[0]).shareProgress
        compare(share.checked, before === true)
        mouseClick(share)
        compare(testStore.doc("cards", "card:" + testStore.cardCodes[0]).shareProgress, !before)
        compare(share.checked, !before)
        verify(Checks.named(frame, "myCardResult").message !== "")
        mouseClick(share)
        compare(testStore.doc("cards", "card:" + testStore.cardCodes[0]).shareProgress, before)
    }

    function test_posterWithoutACameraSaysSo() {
        const frame = openPage()
        mouseClick(Checks.named(frame, "scanPoster"))
        // Offscreen there is no camera: a calm note, no field pretending to read posters.
        verify(Checks.named(frame, "noCameraNote"))
        verify(!Checks.named(frame, "cardCodeField"))
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        compare(Checks.centreX(Checks.named(frame, "backButton"), frame) > frame.width / 2, rtl)
        const share = Checks.named(frame, "shareProgress")
        compare(Checks.centreX(share, frame) < frame.width / 2, rtl) // the switch sits at the end edge
        compare(Checks.named(frame, "myCardProgress").effectiveHorizontalAlignment, rtl ? Text.AlignRight : Text.AlignLeft)
        compare(Checks.cutText(frame, frame), [])
    }
}
