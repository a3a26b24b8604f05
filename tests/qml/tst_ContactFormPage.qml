import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// A contact on its own, on the real store: what is chosen on the form is what is stored;
// a form without a person is refused, says why, and keeps everything typed.
TestCase {
    id: testCase
    name: "ContactFormPage"
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
            ContactFormPage {
                id: page
                anchors.fill: parent
                app: testApp
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
    // A chip in one group (chip names repeat across groups).
    function chip(frame, group, code) {
        const item = Checks.named(Checks.named(frame, group), "chip_" + code)
        verify(item, group + "/" + code)
        return item
    }
    // As a tap does it, also far down the form where a real tap would scroll first.
    function flip(item) {
        item.toggle()
        item.toggled()
    }
    function newContact(before) {
        const added = testStore.ids(testStore.org, "contact").filter(id => before.indexOf(id) < 0)
        compare(added.length, 1)
        return testStore.doc(testStore.org, added[0])
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_whatIsChosenIsStored() {
        const frame = openPage()
        const before = testStore.ids(testStore.org, "contact")
        Checks.named(frame, "contactPerson").text = "zon-17"
        flip(chip(frame, "contactChannel", "market"))
        flip(chip(frame, "contactLanguage", "ar"))
        flip(chip(frame, "contactNeeds", "work"))
        flip(chip(frame, "contactReferral", "initiative"))
        Checks.named(frame, "contactReferralSearch").text = "Wijkpaleis"
        waitForRendering(frame)
        Checks.named(frame, "referralChoice_initiative:wijkpaleis").clicked()
        flip(chip(frame, "contactFollowUp", "7"))
        Checks.named(frame, "contactSave").clicked()
        compare(savedSpy.count, 1)
        const contact = newContact(before)
        compare(contact.person, "zon-17")
        compare(contact.channel, "market")
        compare(contact.language, "ar")
        compare(contact.needs, ["work"])
        compare(contact.referral.kind, "initiative")
        compare(contact.referral.to, "initiative:wijkpaleis")
        compare(contact.followUp, "2026-12-01")
        compare(contact.date, testStore.today)
        verify(contact.name === undefined) // no consent: no name
    }

    function test_aNameOnlyWithConsent() {
        const frame = openPage()
        const before = testStore.ids(testStore.org, "contact")
        Checks.named(frame, "contactPerson").text = "maan-3"
        verify(!Checks.named(frame, "contactRealName"))
        mouseClick(Checks.named(frame, "contactConsent"))
        Checks.named(frame, "contactRealName").text = "Fatima"
        Checks.named(frame, "contactSave").clicked()
        const contact = newContact(before)
        compare(contact.name, "Fatima")
        compare(contact.consent.given, testStore.today)
    }

    function test_noPersonIsRefusedAndKeepsTheForm() {
        const frame = openPage()
        const before = testStore.ids(testStore.org, "contact")
        flip(chip(frame, "contactNeeds", "housing"))
        Checks.named(frame, "contactSave").clicked()
        compare(savedSpy.count, 0)
        compare(testStore.ids(testStore.org, "contact"), before)
        verify(Checks.named(frame, "contactProblem").text !== "")
        verify(chip(frame, "contactNeeds", "housing").checked)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        const field = Checks.named(frame, "contactPerson")
        const newCode = Checks.named(frame, "contactNewCode")
        compare(Checks.centreX(newCode, frame) < Checks.centreX(field, frame), rtl)
        // The consent line wraps beside its box, never under it, in either direction.
        const consent = Checks.named(frame, "contactConsent")
        const box = consent.indicator.mapToItem(frame, 0, 0)
        const label = consent.contentItem
        const origin = label.mapToItem(frame, 0, 0)
        if (rtl) // the text ends before the box begins
            verify(origin.x + label.width - label.rightPadding <= box.x + 1, "the consent text runs under its box")
        else
            verify(origin.x + label.leftPadding >= box.x + consent.indicator.width - 1, "the consent text runs under its box")
        flip(chip(frame, "contactReferral", "formal"))
        waitForRendering(frame)
        compare(Checks.cutText(frame, frame), [])
    }
}
