import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts
import Buurtbrug.App

// The phone's navigation: at most five destinations in a bar at the bottom, within thumb
// reach. Every label has the same size: the system's, or, when one label would not fit its
// tab (long Dutch words, large text), the size at which the longest fits; a label that still
// does not fit on one line wraps at a space. Nothing is cut off.
TabBar {
    id: root

    property var destinations: []      // [{page: a Section value, label, name, icon}]
    property int currentSection: Section.Initiatives
    signal sectionChosen(int section)

    readonly property real tabWidth: destinations.length > 0 ? width / destinations.length : width
    readonly property real widestLabel: {
        let widest = 0
        for (const d of destinations)
            widest = Math.max(widest, metrics.advanceWidth(d.label))
        return widest
    }
    // One size for all labels.
    readonly property real labelSize: widestLabel <= 0 ? Theme.small
        : Math.max(10, Math.min(Theme.small, Math.floor(Theme.small * (tabWidth - 8) / widestLabel)))

    currentIndex: Math.max(0, destinations.findIndex(d => d.page === currentSection))
    position: TabBar.Footer
    background: Rectangle { color: Theme.accentSoft }

    FontMetrics {
        id: metrics
        font.pixelSize: Theme.small
        font.bold: true
    }

    Repeater {
        model: root.destinations
        delegate: TabButton {
            id: tab
            required property int index
            required property var modelData
            implicitHeight: Math.max(64, label.implicitHeight + 24 + 12)
            Accessible.name: modelData.name || modelData.label
            Accessible.role: Accessible.PageTab
            onClicked: root.sectionChosen(modelData.page)
            contentItem: ColumnLayout {
                spacing: 2
                Image {
                    source: tab.modelData.icon
                    sourceSize: Qt.size(24, 24)
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    id: label
                    objectName: "navigationLabel"
                    text: tab.modelData.label
                    font.pixelSize: root.labelSize
                    font.bold: tab.checked
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideNone
                    color: Theme.ink
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
            }
        }
    }
}
