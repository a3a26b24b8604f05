import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// ScanOrType with its QrScanner (and QrViewfinder) on a machine without a camera: the field
// is all there is, a typed code is handed on trimmed, and it is typed left to right in Arabic.
TestCase {
    id: testCase
    name: "Scanning"
    width: 390
    height: 400
    when: windowShown
    visible: true

    Component {
        id: frameComponent
        Item {
            property alias scan: scan
            width: 390
            height: 400
            LayoutMirroring.enabled: testApp.rightToLeft
            LayoutMirroring.childrenInherit: true
            ScanOrType {
                id: scan
                width: parent.width
                scanning: true
            }
        }
    }
    SignalSpy { id: submitted; signalName: "submitted" }

    function open() {
        const frame = createTemporaryObject(frameComponent, testCase)
        submitted.target = frame.scan
        submitted.clear()
        waitForRendering(frame)
        return frame
    }
    function cleanup() { testApp.setLanguage("nl") }

    function test_noCameraNoPretending() {
        const frame = open()
        verify(!Checks.named(frame, "startCamera"))
        verify(!Checks.named(frame, "qrScanner"))
        frame.scan.typing = false
        verify(Checks.named(frame, "noCameraNote"))
    }

    function test_aTypedCodeIsHandedOnTrimmedAndKept() {
        const frame = open()
        verify(!Checks.named(frame, "cardCodeSubmit")) // nothing typed: no OK offered
        Checks.named(frame, "cardCodeField").text = "   "
        verify(!Checks.named(frame, "cardCodeSubmit")) // spaces are no code either
        Checks.named(frame, "cardCodeField").text = "  k7q m4p xr9 "
        const submit = Checks.named(frame, "cardCodeSubmit")
        verify(submit && submit.enabled)
        mouseClick(submit)
        compare(submitted.count, 1)
        compare(submitted.signalArguments[0][0], "k7q m4p xr9")
        compare(Checks.named(frame, "cardCodeField").text, "  k7q m4p xr9 ") // the page clears it once accepted
        frame.scan.clear()
        compare(Checks.named(frame, "cardCodeField").text, "")
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const frame = open()
        const rtl = data.language === "ar"
        const field = Checks.named(frame, "cardCodeField")
        field.text = "K7Q-M4P-XR9" // OK is offered once there is a code
        waitForRendering(frame) // the row makes room for OK
        const submit = Checks.named(frame, "cardCodeSubmit")
        verify(submit)
        compare(Checks.centreX(submit, frame) < Checks.centreX(field, frame), rtl)
        compare(field.effectiveHorizontalAlignment, TextInput.AlignLeft)
        compare(Checks.cutText(frame, frame), [])
    }
}
