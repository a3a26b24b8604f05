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
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: root.codes
            delegate: FilterChip {
                required property string modelData
                objectName: "chip_" + modelData
                text: root.labelOf(modelData)
                exclusive: root.single
                checked: root.selected.indexOf(modelData) >= 0
                onToggled: {
                    // One of an exclusive choice stays chosen: there is nothing else to show.
                    if (!root.single || checked) {
                        let next = root.single ? [] : root.selected.filter(code => code !== modelData)
                        if (checked)
                            next.push(modelData)
                        root.selected = next
                        root.edited(next)
                    }
                    // The tap flipped `checked` itself; what is selected decides. (Assigning
                    // `checked = true` would cut the binding: the chip would stay lit when
                    // another is chosen, and a tap on it could no longer choose it.)
                    checked = Qt.binding(() => root.selected.indexOf(modelData) >= 0)
                }
            }
        }
    }
}
