import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The filters on their own, on the real store: a filter narrows the list to the stored
// initiatives that have what it asks for; "clear" shows them all again.
TestCase {
    id: testCase
    name: "FilterPanel"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: frameComponent
        Item {
            width: 390
            height: 844
            LayoutMirroring.enabled: testApp.rightToLeft
            LayoutMirroring.childrenInherit: true
            FilterPanel {
                width: parent.width
                app: testApp
            }
        }
    }

    function open() {
        const frame = createTemporaryObject(frameComponent, testCase)
        waitForRendering(frame)
        return frame
    }
    function storedWith(field) {
        return testStore.ids("directory", "initiative").filter(
                    id => (testStore.doc("directory", id).accessibility || {})[field] === true).length
    }
    function cleanup() {
        testApp.initiatives.filter.clearFilters()
        testApp.setLanguage("nl")
    }

    function test_stepFreeNarrowsToTheStoredOnes() {
        const frame = open()
        const all = testApp.initiatives.count
        mouseClick(Checks.named(frame, "filterStepFree"))
        verify(testApp.initiatives.filter.stepFree)
        compare(testApp.initiatives.count, storedWith("stepFree"))
        verify(testApp.initiatives.count < all)
        mouseClick(Checks.named(frame, "clearFilters"))
        compare(testApp.initiatives.count, all)
    }

    function test_themesAndLanguagesAreNamed() {
        const frame = open()
        const theme = Checks.named(frame, "themeFilter")
        theme.popup.open()
        waitForRendering(frame)
        // Every theme and spoken language by its name in the UI language, never its code.
        for (const code of testApp.initiatives.themes)
            verify(testApp.themeName(code) !== code, code)
        for (const code of ["ber", "pap", "srn"].filter(c => testApp.initiatives.spokenLanguages.indexOf(c) >= 0))
            verify(testApp.languageDisplay(code) !== code, code)
        theme.popup.close()
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = open()
        const rtl = data.language === "ar"
        const first = Checks.named(frame, "filterOpenNow")
        const second = Checks.named(frame, "filterToday")
        compare(Checks.centreX(first, frame) > Checks.centreX(second, frame), rtl)
        compare(Checks.cutText(frame, frame), [])
    }
}
