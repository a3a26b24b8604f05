import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// A host stamping on its own, on the real store: a typed code stores one stamp per card,
// place and day; a refused card stores nothing and says why.
TestCase {
    id: testCase
    name: "StampCardPage"
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
            StampCardPage {
                id: page
                anchors.fill: parent
                app: testApp
            }
        }
    }

    function openPage(place) {
        testApp.cards.stampingFor = place
        const frame = createTemporaryObject(frameComponent, testCase)
        waitForRendering(frame)
        return frame
    }
    function type(frame, text) {
        Checks.named(frame, "cardCodeField").text = text
        mouseClick(Checks.named(frame, "cardCodeSubmit"))
        return Checks.named(frame, "stampResult")
    }
    function stampId(card, slug) { return "stamp:" + testStore.cardCodes[card] + ":" + slug + ":" + testStore.today }
    function cleanup() { testApp.setLanguage("nl") }

    function test_aTypedCodeIsStampedOncePerDay() {
        const frame = openPage("initiative:geestverwanten")
        compare(Checks.named(frame, "stampPlace").currentValue, "initiative:geestverwanten")
        // As printed on the card, typed in lower case with spaces.
        let banner = type(frame, testStore.cardDisplay(0).toLowerCase().replace(/-/g, " "))
        const stamp = testStore.doc("cards", stampId(0, "geestverwanten"))
        compare(stamp.card, "card:" + testStore.cardCodes[0])
        compare(stamp.initiative, "initiative:geestverwanten")
        compare(stamp.verified, true)
        verify(banner.ok)
        verify(banner.message.indexOf(testStore.cardDisplay(0)) >= 0)
        compare(Checks.named(frame, "cardCodeField").text, "") // accepted: ready for the next card
        const first = banner.message
        const stamps = testStore.ids("cards", "stamp").length
        banner = type(frame, testStore.cardCodes[0])
        compare(testStore.ids("cards", "stamp").length, stamps)
        verify(banner.ok)
        verify(banner.message !== first)
    }

    function test_aCardWithoutThisPlaceIsRefused() {
        const frame = openPage("initiative:geestverwanten")
        const stamps = testStore.ids("cards", "stamp")
        const banner = type(frame, testStore.cardDisplay(1)) // card 1: Wijkpaleis and Sirenelunch
        verify(!banner.ok)
        verify(banner.message !== "")
        compare(testStore.ids("cards", "stamp"), stamps)
        compare(Checks.named(frame, "cardCodeField").text, testStore.cardDisplay(1)) // kept, to correct
    }

    function test_aTypoIsSaidAndKept() {
        const frame = openPage("initiative:wijkpaleis")
        const stamps = testStore.ids("cards", "stamp")
        const typo = testStore.cardDisplay(0).slice(0, -1) + (testStore.cardDisplay(0).endsWith("A") ? "B" : "A")
        const banner = type(frame, typo)
        verify(!banner.ok)
        compare(testStore.ids("cards", "stamp"), stamps)
        compare(Checks.named(frame, "cardCodeField").text, typo)
    }

    function test_thePlaceChosenIsKeptOnThePhone() {
        const frame = openPage("initiative:geestverwanten")
        const box = Checks.named(frame, "stampPlace")
        const index = box.indexOfValue("initiative:wijkpaleis")
        verify(index >= 0)
        box.currentIndex = index
        box.activated(index)
        compare(testStore.localDoc("cards", "_local/card-device").stampingFor, "initiative:wijkpaleis")
        type(frame, testStore.cardDisplay(1))
        verify(testStore.doc("cards", stampId(1, "wijkpaleis")).verified)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage("initiative:thuis-in-west")
        const rtl = data.language === "ar"
        compare(Checks.centreX(Checks.named(frame, "backButton"), frame) > frame.width / 2, rtl)
        // The code is Latin letters and digits: typed left to right in every language.
        const field = Checks.named(frame, "cardCodeField")
        field.text = testStore.cardDisplay(0)
        compare(field.effectiveHorizontalAlignment, TextInput.AlignLeft)
        const submit = Checks.named(frame, "cardCodeSubmit")
        verify(submit.width >= submit.implicitWidth)
        const banner = type(frame, testStore.cardDisplay(0))
        verify(banner.ok)
        compare(Checks.cutText(frame, frame), [])
    }
}
