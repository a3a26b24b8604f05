import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The Kijk op de Wijk section's home on its own, on the real store: a phone without an
// enrolment offers both sides; adding one's own card keeps it on the phone and shows the
// stored progress; stamping opens the host's page.
TestCase {
    id: testCase
    name: "CardPage"
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
            CardPage {
                id: page
                anchors.fill: parent
                app: testApp
            }
        }
    }

    function openPage() {
        const frame = createTemporaryObject(frameComponent, testCase)
        waitForRendering(frame)
        return frame
    }
    function settle(frame) {
        tryVerify(() => !Checks.named(frame, "cardStack").busy, 3000)
        waitForRendering(frame)
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_1_addingMyCardKeepsItOnThePhone() {
        const frame = openPage()
        verify(!Checks.named(frame, "openMyCard"))
        const add = Checks.named(frame, "addMyCard")
        verify(add)
        add.submitted(testStore.cardPayload(1))
        compare(testStore.localDoc("cards", "_local/card-device").myCode, testStore.cardCodes[1])
        verify(Checks.named(frame, "addCardResult").ok)
        const open = Checks.named(frame, "openMyCard")
        verify(open)
        const stamped = testStore.placesStamped(testStore.cardCodes[1], ["initiative:wijkpaleis", "initiative:huize-middelland"])
        verify(open.text.indexOf(stamped + " ") >= 0, open.text)
        mouseClick(open)
        settle(frame)
        verify(Checks.named(frame, "myCardPage"))
    }

    function test_2_aBadCodeIsSaidAndNothingKept() {
        testApp.cards.forgetMyCard()
        const frame = openPage()
        Checks.named(frame, "addMyCard").submitted("BUURTBRUG:CARD:1:garbage")
        verify(!Checks.named(frame, "addCardResult").ok)
        compare(testStore.localDoc("cards", "_local/card-device").myCode, "")
        verify(!Checks.named(frame, "openMyCard"))
    }

    function test_3_stampingOpensTheHostsPage() {
        const frame = openPage()
        mouseClick(Checks.named(frame, "openStamping"))
        settle(frame)
        verify(Checks.named(frame, "stampCardPage"))
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        const title = Checks.named(frame, "pageTitle")
        compare(title.effectiveHorizontalAlignment, rtl ? Text.AlignRight : Text.AlignLeft)
        // OK is offered once there is a code to check.
        verify(!Checks.named(frame, "cardCodeSubmit"))
        Checks.named(frame, "cardCodeField").text = "K7Q-M4P-XR9"
        waitForRendering(frame) // the row makes room for OK
        const submit = Checks.named(frame, "cardCodeSubmit")
        verify(submit)
        compare(Checks.centreX(submit, frame) < frame.width / 2, rtl) // OK at the end of the field
        compare(Checks.cutText(frame, frame), [])
    }
}
