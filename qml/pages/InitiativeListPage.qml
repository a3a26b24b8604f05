import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts
import Buurtbrug.App

// Every initiative in the neighbourhood, in the reader's language.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    property string selectedId
    // The same initiatives on a map (issue 19); the list stays the way to every place.
    property bool showMap: false
    signal initiativeChosen(string initiativeId)
    // A coordinator or editor adds an initiative (the directory editor).
    signal addRequested()

    objectName: "initiativeListPage"
    background: Rectangle { color: Theme.page }

    header: ColumnLayout {
        spacing: 0
        PageHeader {
            title: qsTr("Initiatives nearby")
            Layout.fillWidth: true
        }
        // One short sentence: where the data is (not joined), a removed phone, and for workers
        // their records' state. A card holder's list shows sync only when they must act, and
        // so does the map, which needs the height on a phone at large text. Details live on
        // the Sync page.
        SyncStatusBar {
            objectName: "listSyncStatus"
            visible: root.app.sync.status === SyncStatus.DeviceRemoved
                     || (!root.showMap && (!root.app.sync.configured || root.app.roles.indexOf("cardholder") < 0))
            state: root.app.sync.state
            summary: root.app.sync.summary
            configured: root.app.sync.configured
            Layout.fillWidth: true
            onSyncNowClicked: root.app.sync.syncNow()
        }
        // Search, Filters and Map on one row while the field keeps room for its hint; with
        // large text the field takes a row of its own and the two buttons share the next.
        GridLayout {
            id: searchRow
            columns: root.width - filterButton.implicitWidth - mapToggle.implicitWidth - 2 * Theme.gap - 16 >= 12 * Theme.base ? 3 : 2
            columnSpacing: 8
            rowSpacing: 8
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            Layout.topMargin: 8
            TextField {
                id: search
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.columnSpan: searchRow.columns === 3 ? 1 : 2
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.base
                placeholderText: qsTr("Search in any language")
                inputMethodHints: Qt.ImhNoPredictiveText
                text: root.app.initiatives.filter.query
                onTextEdited: root.app.initiatives.filter.query = text
                Accessible.name: qsTr("Search initiatives")
                Accessible.role: Accessible.EditableText
            }
            ActionButton {
                id: filterButton
                objectName: "filterButton"
                checkable: true
                Layout.fillWidth: searchRow.columns === 2
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget
                font.pixelSize: Theme.base
                text: root.app.initiatives.filter.activeCount > 0
                      ? qsTr("Filters (%1)").arg(root.app.initiatives.filter.activeCount) : qsTr("Filters")
                Accessible.name: text
            }
            ActionButton {
                id: mapToggle
                objectName: "mapToggle"
                Layout.fillWidth: searchRow.columns === 2
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget
                font.pixelSize: Theme.base
                text: root.showMap ? qsTr("List") : qsTr("Map")
                Accessible.name: root.showMap ? qsTr("Show as a list") : qsTr("Show on a map")
                onClicked: root.showMap = !root.showMap
            }
        }
        WideButton {
            objectName: "addInitiative"
            visible: root.app.directoryEditor.canEdit
            text: qsTr("Add initiative")
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            Layout.topMargin: 8
            onClicked: root.addRequested()
        }
        FilterPanel {
            objectName: "filterPanel"
            app: root.app
            visible: filterButton.checked
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            Layout.topMargin: 8
        }
        Label {
            objectName: "positionLine"
            // The map shows the position itself, and needs the room on a phone at large text.
            visible: !root.showMap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            Layout.topMargin: 4
            text: root.app.position.hasFix
                  ? (root.app.position.precise ? qsTr("Distances from your position (within %1 m)").arg(Math.round(root.app.position.accuracy))
                                               : qsTr("Your position is rough (within %1 m): distances are estimates").arg(Math.round(root.app.position.accuracy)))
                  : qsTr("No position: distances are from the middle of the neighbourhood")
            font.pixelSize: Theme.small
            color: Theme.inkSoft
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
    }

    Loader {
        objectName: "mapLoader"
        anchors.fill: parent
        active: root.showMap
        visible: root.showMap
        sourceComponent: InitiativeMap {
            app: root.app
            selectedId: root.selectedId
            onInitiativeChosen: initiativeId => root.initiativeChosen(initiativeId)
        }
    }

    ListView {
        id: list
        objectName: "initiativeList"
        anchors.fill: parent
        visible: !root.showMap
        clip: true
        model: root.app.initiatives
        reuseItems: true
        // One Tab stop for the whole list: Tab lands on the current initiative, the arrow keys
        // move through the list (it scrolls along), Enter opens one, Tab goes on past the list.
        activeFocusOnTab: true
        keyNavigationEnabled: true
        Accessible.name: qsTr("Initiatives")
        Accessible.role: Accessible.List
        ScrollBar.vertical: ScrollBar { }

        header: Label {
            width: ListView.view.width
            padding: Theme.gap
            // While the rest of a large list is still being read, the first page stands for all.
            text: !root.app.initiatives.loaded || list.count === root.app.initiatives.totalCount
                  ? qsTr("%n initiative(s)", "", root.app.initiatives.totalCount)
                  : qsTr("%1 of %2 initiatives").arg(list.count).arg(root.app.initiatives.totalCount)
            font.pixelSize: Theme.small
            color: Theme.inkSoft
            horizontalAlignment: Text.AlignLeft
        }

        delegate: InitiativeDelegate {
            width: ListView.view.width
            readerLanguage: root.app.language
            thumbnailSource: "image://photos/first/" + encodeURIComponent(initiativeId) + "?v=" + root.app.directoryRevision
            selected: initiativeId === root.selectedId
            focus: ListView.isCurrentItem
            // Reached through the list's Tab stop, not one Tab per initiative.
            focusPolicy: Qt.ClickFocus
            onClicked: {
                list.currentIndex = index
                root.initiativeChosen(initiativeId)
            }
        }
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.gap
        visible: list.count === 0 && !root.showMap
        text: root.app.initiatives.errorText !== ""
              ? qsTr("The directory could not be read: %1").arg(root.app.initiatives.errorText)
              : root.app.initiatives.totalCount > 0
                ? qsTr("Nothing matches. Try fewer letters or clear the filters.")
                : qsTr("No initiatives yet. They appear here after the first sync.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: Theme.inkSoft
    }
}
