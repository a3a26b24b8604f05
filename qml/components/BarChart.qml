import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// Horizontal bars, one row per group: the label above its bar, so long names in any script
// fit a phone. A hidden value (a group under five people, "<5", or "x") is drawn as an empty
// outline and says so, never as a number.
ColumnLayout {
    id: root

    // [{label, value}]: value is a number, or "<5" / "x" when hidden.
    property var rows: []
    readonly property real largest: {
        let most = 0
        for (const r of rows)
            if (typeof r.value === "number")
                most = Math.max(most, r.value)
        return most
    }

    spacing: 6

    Repeater {
        model: root.rows
        delegate: ColumnLayout {
            id: bar
            required property var modelData
            readonly property bool hidden: typeof modelData.value !== "number"
            spacing: 2
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.label + ": " + (hidden ? (modelData.value === "x" ? qsTr("hidden") : qsTr("fewer than 5")) : modelData.value)

            Label {
                // A long name wraps: cut short, "الأرواح المتقاربة (Geestverw…" loses its bracket.
                text: Theme.isolate(Theme.bidiName(bar.modelData.label))
                wrapMode: Text.Wrap
                font.pixelSize: Theme.small
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Item {
                    Layout.fillWidth: true
                    implicitHeight: Math.round(Theme.base * 1.4)
                    Rectangle {
                        anchors.left: parent.left
                        anchors.verticalCenter: parent.verticalCenter
                        height: parent.height
                        radius: 3
                        width: bar.hidden ? parent.width * 0.08
                                          : Math.max(2, parent.width * (root.largest > 0 ? bar.modelData.value / root.largest : 0))
                        color: bar.hidden ? "transparent" : Theme.accent
                        border.color: Theme.accent
                        border.width: bar.hidden ? 1 : 0
                    }
                }
                Label {
                    text: bar.hidden ? bar.modelData.value : Number(bar.modelData.value).toLocaleString(Qt.locale(), "f", 0)
                    font.pixelSize: Theme.small
                    font.bold: true
                    color: Theme.ink
                    Layout.minimumWidth: Theme.base * 3
                    horizontalAlignment: Text.AlignRight
                }
            }
        }
    }
}
