import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The market tally on its own, on the real store: each tap is read back from the store.
TestCase {
    id: testCase
    name: "MarketTallyPage"
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
            MarketTallyPage {
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
    function tap(frame, name) {
        const item = Checks.named(frame, name)
        verify(item, name)
        mouseClick(item)
        return item
    }
    function newTallyId(before) {
        const added = testStore.ids(testStore.org, "tally").filter(id => before.indexOf(id) < 0)
        compare(added.length, 1)
        return added[0]
    }
    function litChips(frame) {
        return Checks.allNamed(frame, "chip_").filter(c => c.checked).map(c => c.objectName.slice(5)).sort()
    }

    function cleanup() { testApp.setLanguage("nl") }

    function test_aTapStoresOneConversation() {
        const frame = openPage()
        const before = testStore.ids(testStore.org, "tally")
        const today = testStore.countOn(testStore.org, "tally", testStore.today)
        tap(frame, "tallyAdd")
        const id = newTallyId(before)
        compare(testStore.countOn(testStore.org, "tally", testStore.today), today + 1)
        compare(testStore.doc(testStore.org, id).date, testStore.today)
        compare(testStore.tallyChips(id), [])
        // The count on screen is the stored count.
        verify(Checks.named(frame, "talliesToday").text.indexOf(String(today + 1)) >= 0)
        compare(litChips(frame), [])
    }

    function test_chipsAreTheStoredChips() {
        const frame = openPage()
        let before = testStore.ids(testStore.org, "tally")
        tap(frame, "tallyAdd")
        const first = newTallyId(before)
        tap(frame, "chip_ar")
        compare(testStore.tallyChips(first), ["language:ar"])
        tap(frame, "chip_chat")
        compare(testStore.tallyChips(first), ["does:chat", "language:ar"])
        compare(litChips(frame), ["ar", "chat"])
        // A second language replaces the first: one language per conversation.
        tap(frame, "chip_tr")
        compare(testStore.tallyChips(first), ["does:chat", "language:tr"])
        compare(litChips(frame), ["chat", "tr"])

        // A new conversation starts with nothing lit and nothing stored; the first keeps its chips.
        before = testStore.ids(testStore.org, "tally")
        tap(frame, "tallyAdd")
        const second = newTallyId(before)
        compare(litChips(frame), [])
        compare(testStore.tallyChips(second), [])
        compare(testStore.tallyChips(first), ["does:chat", "language:tr"])
        tap(frame, "chip_translating")
        compare(testStore.tallyChips(second), ["does:translating"])
        compare(litChips(frame), ["translating"])

        // Undo: the conversation is gone from the store and from the chips.
        tap(frame, "tallyUndo")
        compare(testStore.doc(testStore.org, second), {})
        compare(litChips(frame), [])
        // Nothing left to describe or undo here: chips and Undo are hidden, not shown disabled.
        verify(!Checks.named(frame, "tallyUndo"))
        verify(!Checks.named(frame, "chip_translating"))
        compare(testStore.tallyChips(first), ["does:chat", "language:tr"])
    }

    function test_referralIsStored() {
        const frame = openPage()
        const before = testStore.ids(testStore.org, "tally")
        tap(frame, "tallyAdd")
        const id = newTallyId(before)
        const referred = tap(frame, "tallyReferred")
        compare(testStore.doc(testStore.org, id).referral, "referred")
        verify(referred.checked)
        mouseClick(referred)
        verify(testStore.doc(testStore.org, id).referral === undefined)
        verify(!referred.checked)
    }

    function test_chipsWaitForAConversation() {
        testApp.fieldLog.undoLast()
        const frame = openPage()
        const before = testStore.ids(testStore.org, "tally")
        // No conversation to describe yet: no chip and no Undo is offered (hidden, so a screen
        // reader does not land on controls that do nothing), only the big button.
        verify(!Checks.named(frame, "chip_ar"))
        compare(Checks.allNamed(frame, "chip_"), [])
        verify(!Checks.named(frame, "tallyReferred"))
        verify(!Checks.named(frame, "tallyUndo"))
        verify(Checks.named(frame, "tallyAdd"))
        compare(testStore.ids(testStore.org, "tally"), before)
        compare(litChips(frame), [])
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        compare(testApp.rightToLeft, rtl)
        // The back button sits at the start edge; the first chip of a group too.
        const back = Checks.named(frame, "backButton")
        verify(back)
        compare(Checks.centreX(back, frame) > frame.width / 2, rtl)
        const title = Checks.named(frame, "pageTitle")
        compare(title.effectiveHorizontalAlignment, rtl ? Text.AlignRight : Text.AlignLeft)
        tap(frame, "tallyAdd")
        waitForRendering(frame) // the chips, shown now, are laid out for the next frame
        const first = Checks.named(frame, "chip_" + testApp.fieldLog.tallyLanguages.data(
                                       testApp.fieldLog.tallyLanguages.index(0, 0), 257))
        const second = Checks.named(frame, "chip_" + testApp.fieldLog.tallyLanguages.data(
                                        testApp.fieldLog.tallyLanguages.index(1, 0), 257))
        verify(first && second)
        compare(Checks.centreX(first, frame) > Checks.centreX(second, frame), rtl)
        // Undo is never cut short ("On…"), and no text is cut or leaves the screen.
        const undo = Checks.named(frame, "tallyUndo")
        verify(undo.width >= undo.implicitWidth)
        compare(Checks.cutText(frame, frame), [])
        tap(frame, "tallyUndo")
    }
}
