import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import Buurtbrug.Ui

// The rounded box of a chip (FilterChip, RadioChip), filled when it is on. (The template
// type: the style's AbstractButton is not a base of its RadioButton.)
Rectangle {
    required property T.AbstractButton chip

    radius: Math.min(height, Theme.touchTarget) / 2
    color: chip.checked ? Theme.accent : Theme.page
    border.color: chip.checked ? Theme.accent : Theme.line
    border.width: 1
}
