import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// A filter that is on or off, e.g. "Open now"; at least a touch target high, and as wide
// when on as when off. A check box to a screen reader; one of a single choice is a RadioChip.
ActionButton {
    id: root

    checkable: true
    width: Math.min(implicitWidth, face.widestAllowed)
    // A layout (the tally's "Referral given" sits in a ColumnLayout) sizes by implicitWidth
    // and ignores `width`; this holds it to the same bound there.
    Layout.maximumWidth: face.widestAllowed
    implicitHeight: face.chipHeight
    leftPadding: Theme.gap
    rightPadding: Theme.gap
    font.pixelSize: Theme.base
    Accessible.role: Accessible.CheckBox
    // Qt 6.4's own Toggle only flips `checked`; this runs onToggled, as a tap does.
    Accessible.onToggleAction: root.activate()
    Accessible.checkable: true
    Accessible.checked: checked

    background: ChipBackground { chip: root }
    contentItem: ChipLabel { id: face; chip: root }
}
