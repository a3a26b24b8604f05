import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import "tap.js" as Tap

// A check box whose label wraps beside its box (large text, long sentences) instead of running
// past the screen's edge, with the box on the reading side in both directions. A screen
// reader's Press or Toggle, Enter and Return run activate(), which emits what a tap emits
// (Qt 6.4's own Toggle only flips `checked`; its Press does nothing).
CheckBox {
    id: control

    function activate() { Tap.activate(control) }

    font.pixelSize: Theme.base
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: text
    Accessible.onPressAction: control.activate()
    Accessible.onToggleAction: control.activate()
    Keys.onReturnPressed: control.activate()
    Keys.onEnterPressed: control.activate()

    contentItem: Label {
        text: control.text
        wrapMode: Text.Wrap
        font: control.font
        color: Theme.ink
        leftPadding: control.mirrored ? 0 : control.indicator.width + control.spacing
        rightPadding: control.mirrored ? control.indicator.width + control.spacing : 0
        horizontalAlignment: Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
    }

    FocusRing { }
}
