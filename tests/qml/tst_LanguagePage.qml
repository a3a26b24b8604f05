import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The Language page on its own: a tap switches the UI language (and with it the reading
// direction); every name sits on the reading side, whatever its own script.
TestCase {
    id: testCase
    name: "LanguagePage"
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
            LanguagePage {
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
    function cleanup() { testApp.setLanguage("nl") }

    function test_aTapSwitchesTheLanguage() {
        const frame = openPage()
        verify(Checks.named(frame, "languageOption_nl").checked)
        mouseClick(Checks.named(frame, "languageOption_ar"))
        compare(testApp.language, "ar")
        verify(testApp.rightToLeft)
        verify(Checks.named(frame, "languageOption_ar").checked)
        verify(!Checks.named(frame, "languageOption_nl").checked)
        mouseClick(Checks.named(frame, "languageOption_tr"))
        compare(testApp.language, "tr")
        verify(!testApp.rightToLeft)
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        // Dutch and Arabic names alike start at the reading side (issue 17, defect 9).
        for (const code of ["nl", "ar", "tr", "pl", "en"]) {
            const option = Checks.named(frame, "languageOption_" + code)
            verify(option, code)
            const label = option.contentItem
            compare(label.effectiveHorizontalAlignment, rtl ? Text.AlignRight : Text.AlignLeft)
            // The radio's circle at the start edge, the name after it.
            compare(Checks.centreX(option.indicator, frame) > Checks.centreX(label, frame), rtl)
            verify(option.height >= 48)
        }
        compare(Checks.cutText(frame, frame), [])
    }
}
