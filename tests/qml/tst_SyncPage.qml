import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The Sync page on its own, on the real store of a phone that has not joined: it offers to
// join; a join that cannot happen says why in a sentence, keeps the typed code and stores
// no enrolment; each database's state is a sentence, not protocol text.
TestCase {
    id: testCase
    name: "SyncPage"
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
            SyncPage {
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
    function join(frame, server, code) {
        Checks.named(frame, "enrolServer").text = server
        Checks.named(frame, "cardCodeField").text = code
        mouseClick(Checks.named(frame, "cardCodeSubmit"))
        // Joining may wait on the network: the answer arrives when it arrives, within bounds.
        tryVerify(() => Checks.named(frame, "enrolResult") !== null, 20000)
        return Checks.named(frame, "enrolResult")
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_aPhoneThatHasNotJoinedIsOfferedToJoin() {
        const frame = openPage()
        verify(Checks.named(frame, "joinOrganisation"))
        compare(testStore.localDoc("directory", "_local/buurtbrug-device"), {})
    }

    function test_noServerIsSaidAndNothingStored() {
        const frame = openPage()
        const banner = join(frame, "", "ABCD-EFGH")
        verify(!banner.ok)
        verify(banner.message.indexOf("HTTP") < 0, banner.message)
        compare(Checks.named(frame, "cardCodeField").text, "ABCD-EFGH") // kept, to correct
        compare(testStore.localDoc("directory", "_local/buurtbrug-device"), {})
    }

    function test_anUnreachableServerIsSaidAndNothingStored() {
        const frame = openPage()
        const initiatives = testStore.ids("directory", "initiative").length
        const banner = join(frame, "http://127.0.0.1:9", "ABCD-EFGH") // nothing listens on the discard port
        verify(!banner.ok)
        verify(banner.message.indexOf("Connection refused") < 0, banner.message)
        compare(testStore.localDoc("directory", "_local/buurtbrug-device"), {})
        // Nothing was removed for a join that did not happen.
        compare(testStore.ids("directory", "initiative").length, initiatives)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        // The server's address is typed left to right in every language.
        compare(Checks.named(frame, "enrolServer").effectiveHorizontalAlignment, TextInput.AlignLeft)
        compare(Checks.named(frame, "pageTitle").effectiveHorizontalAlignment, rtl ? Text.AlignRight : Text.AlignLeft)
        for (const sentence of Checks.allNamed(frame, "syncSentence_"))
            verify(!/https?:|_local|org-/.test(sentence.text), sentence.text)
        compare(Checks.cutText(frame, frame), [])
    }
}
