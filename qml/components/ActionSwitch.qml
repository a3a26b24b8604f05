import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import "tap.js" as Tap

// An on/off switch that a screen reader and a keyboard operate like a finger: Qt 6.4's own
// Toggle action only flips `checked` (no toggled(), so nothing is stored) and its Press does
// nothing; here both, and Enter or Return, run activate(), which emits what a tap emits.
Switch {
    id: control

    function activate() { Tap.activate(control) }

    Accessible.onPressAction: control.activate()
    Accessible.onToggleAction: control.activate()
    Keys.onReturnPressed: control.activate()
    Keys.onEnterPressed: control.activate()

    FocusRing { }
}
