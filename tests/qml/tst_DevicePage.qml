import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// The Devices page on its own, on the real store of a phone that has not joined: the form
// offers the roles and, for a host, the directory's initiatives; what cannot be sent is said
// at the form and nothing is asked; without a server the page says how to get one.
TestCase {
    id: testCase
    name: "DevicePage"
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
            DevicePage {
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
    function choose(frame, role) {
        const option = Checks.named(frame, "inviteRole_" + role)
        option.checked = true
        option.clicked()
    }
    function cleanup() {
        testApp.devices.clearMessage()
        testApp.setLanguage("nl")
    }

    function test_rolesAndHostedPlaces() {
        const frame = openPage()
        compare(Checks.allNamed(frame, "inviteRole_").length, 4)
        compare(Checks.allNamed(frame, "inviteHost").length, 0)
        choose(frame, "host")
        compare(frame.page.role, "host")
        const places = Checks.allNamed(frame, "inviteHost")
        compare(places.length, testStore.ids("directory", "initiative").length)
        places[0].checked = true
        places[0].clicked()
        compare(frame.page.hosts.length, 1)
        choose(frame, "coordinator")
        compare(Checks.allNamed(frame, "inviteHost").length, 0)
    }

    function test_whatCannotBeSentIsSaidAtTheForm() {
        const frame = openPage()
        frame.page.sendInvite()
        verify(Checks.named(frame, "inviteProblem").text !== "") // no role chosen
        choose(frame, "host")
        Checks.named(frame, "invitePerson").text = "Samira"
        frame.page.sendInvite()
        const problem = Checks.named(frame, "inviteProblem")
        compare(problem.text, testApp.devices.inviteProblem("host", "Samira", [])) // a host without places
        verify(problem.text !== "")
        compare(Checks.named(frame, "invitePerson").text, "Samira") // nothing typed is lost
        compare(testApp.devices.waitingFor, "")
        verify(!Checks.named(frame, "inviteQr"))
    }

    function test_withoutAServerNothingIsAsked() {
        const frame = openPage()
        verify(Checks.named(frame, "devicesNotPossible"))
        verify(!Checks.named(frame, "inviteSend").enabled)
        verify(!Checks.named(frame, "refreshDevices").enabled)
        choose(frame, "buurtmaatje")
        Checks.named(frame, "invitePerson").text = "Noor"
        frame.page.sendInvite() // as Enter in the name field does
        const banner = Checks.named(frame, "deviceResult")
        verify(banner && banner.message !== "")
        verify(!banner.ok)
        compare(testApp.devices.waitingFor, "")
        verify(testApp.devices.invitation.code === undefined)
        compare(testApp.devices.devices.count, 0)
        compare(Checks.named(frame, "invitePerson").text, "Noor")
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = openPage()
        const rtl = data.language === "ar"
        choose(frame, "host")
        compare(Checks.centreX(Checks.named(frame, "backButton"), frame) > frame.width / 2, rtl)
        const option = Checks.named(frame, "inviteRole_host")
        compare(Checks.centreX(option.indicator, frame) > frame.width / 2, rtl)
        const place = Checks.allNamed(frame, "inviteHost")[0]
        compare(Checks.centreX(place.indicator, frame) > frame.width / 2, rtl)
        compare(Checks.cutText(frame, frame), [])
    }
}
