import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// A titled group of chips over a model with the roles `code` and `selected` (what is stored).
// A tap only asks for a change (tapped); the chip shows what the model says afterwards, so it
// never stays lit for something that was not saved.
ColumnLayout {
    id: root

    property string title
    property var model
    property var labelOf: code => code
    signal tapped(string code)

    spacing: 4

    Label {
        text: root.title
        visible: root.title !== ""
        font.pixelSize: Theme.small
        font.bold: true
        color: Theme.inkSoft
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: root.model
            delegate: FilterChip {
                id: chip
                required property string code
                required property bool selected
                objectName: "chip_" + code
                text: root.labelOf(code)
                checked: selected
                onToggled: {
                    root.tapped(code)
                    // The tap flipped `checked` itself; the stored state decides.
                    chip.checked = Qt.binding(() => chip.selected)
                }
            }
        }
    }
}
