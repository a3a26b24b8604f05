import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts
import Buurtbrug.App

// Every initiative in the neighbourhood, in the reader's language.
Page {
    id: root

    required property AppController app
    property string selectedId
    signal initiativeChosen(string initiativeId)

    objectName: "initiativeListPage"
    background: Rectangle { color: Theme.page }

    header: ColumnLayout {
        spacing: 0
        PageHeader {
            title: qsTr("Initiatives nearby")
            Layout.fillWidth: true
        }
        SyncStatusBar {
            state: root.app.sync.state
            summary: root.app.sync.summary
            configured: root.app.sync.configured
            Layout.fillWidth: true
            onSyncNowClicked: root.app.sync.syncNow()
        }
    }

    ListView {
        id: list
        objectName: "initiativeList"
        anchors.fill: parent
        clip: true
        model: root.app.initiatives
        reuseItems: true
        Accessible.name: qsTr("Initiatives")
        Accessible.role: Accessible.List
        ScrollBar.vertical: ScrollBar { }

        header: Label {
            width: ListView.view.width
            padding: Theme.gap
            text: qsTr("%n initiative(s)", "", list.count)
            font.pixelSize: Theme.small
            color: Theme.inkSoft
            horizontalAlignment: Text.AlignLeft
        }

        delegate: InitiativeDelegate {
            width: ListView.view.width
            readerLanguage: root.app.language
            selected: initiativeId === root.selectedId
            onClicked: root.initiativeChosen(initiativeId)
        }
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.gap
        visible: list.count === 0
        text: root.app.initiatives.errorText !== ""
              ? qsTr("The directory could not be read: %1").arg(root.app.initiatives.errorText)
              : qsTr("No initiatives yet. They appear here after the first sync.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: Theme.inkSoft
    }
}
