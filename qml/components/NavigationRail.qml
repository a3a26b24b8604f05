import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts
import Buurtbrug.App

// The tablet's navigation: a vertical rail of destinations at the reading start edge.
Rectangle {
    id: root

    property var destinations: []      // [{page: a Section value, label, name, icon}]
    property int currentSection: Section.Initiatives
    signal sectionChosen(int section)

    implicitWidth: Theme.railWidth
    color: Theme.accentSoft

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.gap
        spacing: 4

        Repeater {
            model: root.destinations
            delegate: ActionDelegate {
                id: destination
                required property int index
                required property var modelData
                Layout.fillWidth: true
                Layout.preferredHeight: 72
                highlighted: modelData.page === root.currentSection
                Accessible.name: modelData.name || modelData.label
                Accessible.role: Accessible.PageTab
                onClicked: root.sectionChosen(modelData.page)
                contentItem: ColumnLayout {
                    spacing: 2
                    Image {
                        source: destination.modelData.icon
                        sourceSize: Qt.size(24, 24)
                        Layout.alignment: Qt.AlignHCenter
                    }
                    Label {
                        text: destination.modelData.label
                        font.pixelSize: Theme.small
                        font.bold: destination.highlighted
                        color: Theme.ink
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
