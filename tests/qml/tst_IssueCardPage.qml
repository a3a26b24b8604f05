import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// Issuing a card on its own, on the real store: the places chosen are those of the directory;
// without a server to issue through, the phone says so and stores no card.
TestCase {
    id: testCase
    name: "IssueCardPage"
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
            IssueCardPage {
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

    function test_placesComeFromTheDirectory() {
        const frame = openPage()
        const places = Checks.allNamed(frame, "issuePlace")
        compare(places.length, testStore.ids("directory", "initiative").length)
        verify(!Checks.named(frame, "issueCard").enabled) // nothing chosen yet
        places[0].toggle()
        places[0].toggled()
        compare(frame.page.chosen.length, 1)
        verify(Checks.named(frame, "issueCard").enabled)
    }

    function test_withoutAServerNoCardIsStored() {
        const frame = openPage()
        const cards = testStore.ids("cards", "card")
        const place = Checks.allNamed(frame, "issuePlace")[0]
        place.toggle()
        place.toggled()
        Checks.named(frame, "issueCard").clicked()
        const banner = Checks.named(frame, "issueResult")
        verify(banner && banner.message !== "")
        verify(!banner.ok)
        compare(testStore.ids("cards", "card"), cards)
        verify(!Checks.named(frame, "issuedQr"))
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        compare(Checks.centreX(Checks.named(frame, "backButton"), frame) > frame.width / 2, rtl)
        const place = Checks.allNamed(frame, "issuePlace")[0]
        compare(Checks.centreX(place.indicator, frame) > frame.width / 2, rtl)
        compare(Checks.cutText(frame, frame), [])
    }
}
