import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// A titled group of chips over codes; one or several can be chosen. The labels come from
// labelOf(code), so the stored code never depends on the UI language.
ColumnLayout {
    id: root

    property string title
    property var codes: []
    property var labelOf: code => code
    property bool single: false
    property var selected: []
    signal edited(var selected)

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
    // What a chip does when tapped, for either kind. The tap flipped `checked` itself; what
    // is selected decides. (Assigning `checked = true` would cut the binding: the chip would
    // stay lit when another is chosen, and a tap on it could no longer choose it.)
    function chipToggled(chip, code) {
        // One of an exclusive choice stays chosen: there is nothing else to show.
        if (!root.single || chip.checked) {
            let next = root.single ? [] : root.selected.filter(c => c !== code)
            if (chip.checked)
                next.push(code)
            root.selected = next
            root.edited(next)
        }
        chip.checked = Qt.binding(() => root.selected.indexOf(code) >= 0)
    }

    Flow {
        spacing: 8
        Layout.fillWidth: true
        // Several may be chosen: check boxes to a screen reader.
        Repeater {
            model: root.single ? [] : root.codes
            delegate: FilterChip {
                id: several
                required property string modelData
                objectName: "chip_" + modelData
                text: root.labelOf(modelData)
                checked: root.selected.indexOf(modelData) >= 0
                onToggled: root.chipToggled(several, modelData)
            }
        }
        // One of a single choice: radio buttons.
        Repeater {
            model: root.single ? root.codes : []
            delegate: RadioChip {
                id: one
                required property string modelData
                objectName: "chip_" + modelData
                text: root.labelOf(modelData)
                checked: root.selected.indexOf(modelData) >= 0
                onToggled: root.chipToggled(one, modelData)
            }
        }
    }
}
