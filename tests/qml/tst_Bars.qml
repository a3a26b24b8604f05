import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The quiet lines: UndoBar, ResultBanner, SampleBanner, SyncStatusBar and LanguageNote.
// Each stays whole at a phone's width and mirrors for Arabic; Undo is never cut short.
TestCase {
    id: testCase
    name: "Bars"
    width: 390
    height: 600
    when: windowShown
    visible: true

    Component {
        id: barsFrame
        Column {
            property alias undo: undo
            property alias sample: sample
            property alias sync: sync
            width: 390
            spacing: 8
            LayoutMirroring.enabled: testApp.rightToLeft
            LayoutMirroring.childrenInherit: true
            UndoBar {
                id: undo
                objectName: "undo"
                width: parent.width
                message: "Opgeslagen: 12 mensen kwamen. Een lange zin die moet afbreken en niet wordt afgekapt."
                canUndo: true
            }
            ResultBanner {
                objectName: "result"
                width: parent.width
                message: "Kaart K7Q-M4P-XR9 heeft vandaag al een stempel voor het Wijkpaleis aan de Duizendpootstraat."
                ok: false
            }
            SampleBanner {
                id: sample
                objectName: "sample"
                width: parent.width
                onThisPhone: true
            }
            SyncStatusBar {
                id: sync
                objectName: "sync"
                width: parent.width
                state: testApp.sync.state
                summary: testApp.sync.summary
                configured: true
            }
            LanguageNote {
                objectName: "note"
                width: parent.width
                textLanguage: "ar"
                readerLanguage: "nl"
                languageName: testApp.languageName("ar")
            }
        }
    }
    SignalSpy { id: spy }

    function open() {
        const frame = createTemporaryObject(barsFrame, testCase)
        waitForRendering(frame)
        return frame
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_undoIsWholeAndSaysSo() {
        const frame = open()
        const button = Checks.named(frame, "undoBarButton")
        verify(button.width >= button.implicitWidth)
        spy.signalName = "undoClicked"
        spy.target = frame.undo
        spy.clear()
        mouseClick(button)
        compare(spy.count, 1)
        frame.undo.canUndo = false
        verify(!Checks.named(frame, "undoBarButton"))
    }

    function test_sampleBannerOffersToJoin() {
        const frame = open()
        verify(Checks.named(frame, "sampleBannerText").text !== "")
        spy.signalName = "joinRequested"
        spy.target = frame.sample
        spy.clear()
        mouseClick(Checks.named(frame, "sampleBannerJoin"))
        compare(spy.count, 1)
    }

    function test_syncLineIsASentence() {
        const frame = open()
        // A phone that has not joined: a translated sentence from the typed status, no protocol text.
        const summary = Checks.named(frame, "syncSummary").text
        verify(summary !== "")
        verify(!/HTTP|https?:|_local|org-/.test(summary), summary)
    }

    function test_languageNoteNamesTheLanguage() {
        const frame = open()
        verify(Checks.named(frame, "note").text.indexOf(testApp.languageName("ar")) >= 0)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = open()
        const rtl = data.language === "ar"
        const message = Checks.named(frame, "undoBarMessage")
        const button = Checks.named(frame, "undoBarButton")
        // Undo at the end edge: right in Dutch, left in Arabic (or under the message, still at the end).
        compare(Checks.centreX(button, frame) < Checks.centreX(message, frame) || (rtl && button.x === 0), rtl)
        compare(Checks.named(frame, "resultMessage").effectiveHorizontalAlignment, rtl ? Text.AlignRight : Text.AlignLeft)
        compare(Checks.cutText(frame, frame), [])
    }
}
