import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import "tap.js" as Tap

// A row in a list that opens something: reachable with Tab, opened with Enter, Return, Space
// or the AT-SPI Press action, the same way as a tap; the focus ring shows it.
ItemDelegate {
    id: control

    function activate() { Tap.activate(control) }

    focusPolicy: Qt.StrongFocus
    Accessible.onPressAction: control.activate()
    // The row a list or combo box has highlighted (with the arrow keys too) is the selected one.
    Accessible.selected: highlighted
    Keys.onReturnPressed: control.activate()
    Keys.onEnterPressed: control.activate()

    FocusRing { }
}
