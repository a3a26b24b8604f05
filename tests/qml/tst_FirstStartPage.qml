import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The first start's question on its own: the language first, then join or look around.
// (This file's store already holds the sample, as after "Look around".)
TestCase {
    id: testCase
    name: "FirstStartPage"
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
            FirstStartPage {
                id: page
                anchors.fill: parent
                app: testApp
            }
        }
    }
    SignalSpy { id: joinSpy; signalName: "joinChosen" }

    function openPage() {
        const frame = createTemporaryObject(frameComponent, testCase)
        joinSpy.target = frame.page
        joinSpy.clear()
        waitForRendering(frame)
        return frame
    }
    function languageButton(frame, code) {
        const name = testApp.languages.find(l => l.code === code).name
        return Checks.shownItems(Checks.named(frame, "firstStartLanguages")).find(b => b.text === name && b.clicked)
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_1_theLanguageComesFirst() {
        const frame = openPage()
        mouseClick(languageButton(frame, "ar"))
        compare(testApp.language, "ar")
        verify(languageButton(frame, "ar").highlighted)
        mouseClick(languageButton(frame, "nl"))
        compare(testApp.language, "nl")
    }

    function test_2_lookingAroundKeepsTheSample() {
        const frame = openPage()
        const initiatives = testStore.ids("directory", "initiative").length
        mouseClick(Checks.named(frame, "chooseSample"))
        verify(testApp.sample.loaded)
        compare(testStore.ids("directory", "initiative").length, initiatives)
    }

    function test_3_joinAsksForTheInvite() {
        const frame = openPage()
        verify(!testStore.localDoc("directory", "_local/first-start").choice)
        mouseClick(Checks.named(frame, "chooseJoin"))
        compare(joinSpy.count, 1)
        compare(testStore.localDoc("directory", "_local/first-start").choice, "join") // asked once, never again
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        const first = languageButton(frame, testApp.languages[0].code)
        const second = languageButton(frame, testApp.languages[1].code)
        compare(Checks.centreX(first, frame) > Checks.centreX(second, frame), rtl)
        compare(Checks.cutText(frame, frame), [])
    }
}
