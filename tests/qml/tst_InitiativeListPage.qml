import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The list of initiatives on its own, on the real store: it lists the stored initiatives,
// search narrows it (with typos), a tap names the initiative.
TestCase {
    id: testCase
    name: "InitiativeListPage"
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
            InitiativeListPage {
                id: page
                anchors.fill: parent
                app: testApp
            }
        }
    }
    SignalSpy { id: chosen; signalName: "initiativeChosen" }

    function openPage() {
        const frame = createTemporaryObject(frameComponent, testCase)
        chosen.target = frame.page
        chosen.clear()
        waitForRendering(frame)
        return frame
    }
    function search(frame, text) {
        const field = Checks.named(frame, "searchField")
        field.text = text
        field.textEdited()
        waitForRendering(frame)
    }
    function cleanup() {
        testApp.setLanguage("nl")
        testApp.initiatives.filter.query = ""
    }

    function test_listsTheStoredInitiatives() {
        const frame = openPage()
        const stored = testStore.ids("directory", "initiative").length
        verify(stored > 5)
        compare(testApp.initiatives.totalCount, stored)
        compare(Checks.named(frame, "initiativeList").count, stored)
    }

    function test_searchNarrowsWithTypos_data() {
        return [ { tag: "koffie", typed: "koffie" }, { tag: "kofie", typed: "kofie" }, { tag: "wijk paleis", typed: "wijk paleis" } ]
    }
    function test_searchNarrowsWithTypos(data) {
        const frame = openPage()
        search(frame, data.typed)
        const list = Checks.named(frame, "initiativeList")
        verify(list.count > 0, data.typed + " finds something")
        verify(list.count < testStore.ids("directory", "initiative").length)
    }

    function test_aTapNamesTheInitiative() {
        const frame = openPage()
        const list = Checks.named(frame, "initiativeList")
        const first = list.itemAtIndex(0)
        mouseClick(first)
        compare(chosen.count, 1)
        const id = chosen.signalArguments[0][0]
        compare(testStore.doc("directory", id).type, "initiative")
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        const field = Checks.named(frame, "searchField")
        const filter = Checks.named(frame, "filterButton")
        compare(Checks.centreX(filter, frame) < Checks.centreX(field, frame), rtl)
        // Names, addresses and walking lines are whole at this width.
        compare(Checks.cutText(frame, frame, ["summaryLabel"]), [])
    }
}
