import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import "tap.js" as Tap

// A Button that a screen reader and a keyboard can operate like a finger: the AT-SPI Press
// action (Qt 6.4 runs no code for it by itself), Enter and Return as well as Space, all run
// activate(): the same signals, in the same order, as a tap. (A checkable one whose code
// runs on toggled handles the Toggle action too: FilterChip.) The focus ring
// shows where the keyboard is.
Button {
    id: control

    function activate() { Tap.activate(control) }

    Accessible.name: text
    Accessible.onPressAction: control.activate()
    Keys.onReturnPressed: control.activate()
    Keys.onEnterPressed: control.activate()

    FocusRing { }
}
