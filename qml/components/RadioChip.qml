import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui
import "tap.js" as Tap

// One of a single choice, drawn as a chip (ChipGroup with `single`). A RadioButton, because
// Qt 6.4 tells a screen reader that every checkable Button is a check box, whatever role the
// QML gives it. The group decides what is chosen (autoExclusive off). Press, Toggle, Enter
// and Return choose it as a tap does: activate(), as in ActionButton.
RadioButton {
    id: root

    function activate() { Tap.activate(root) }

    autoExclusive: false
    indicator: null
    width: Math.min(implicitWidth, face.widestAllowed)
    Layout.maximumWidth: face.widestAllowed
    implicitHeight: face.chipHeight
    leftPadding: Theme.gap
    rightPadding: Theme.gap
    topPadding: 6
    bottomPadding: 6
    font.pixelSize: Theme.base
    Accessible.name: text
    Accessible.onPressAction: root.activate()
    Accessible.onToggleAction: root.activate()
    Accessible.checkable: true
    Accessible.checked: checked
    Keys.onReturnPressed: root.activate()
    Keys.onEnterPressed: root.activate()

    background: ChipBackground { chip: root }
    contentItem: ChipLabel { id: face; chip: root }

    FocusRing { }
}
