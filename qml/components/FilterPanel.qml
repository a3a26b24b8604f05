import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts
import Buurtbrug.App

// The filters of the directory: when, how far, accessibility, theme, language spoken, order.
ColumnLayout {
    id: root

    required property AppController app
    readonly property DirectoryFilter filter: app.initiatives.filter

    spacing: Theme.gap / 2

    Flow {
        Layout.fillWidth: true
        spacing: 8
        FilterChip { objectName: "filterOpenNow"; text: qsTr("Open now"); checked: root.filter.openNow; onToggled: root.filter.openNow = checked }
        FilterChip { objectName: "filterToday"; text: qsTr("Today"); checked: root.filter.today; onToggled: root.filter.today = checked }
        FilterChip { objectName: "filterNearby"; text: qsTr("Within rollator distance"); checked: root.filter.nearby; onToggled: root.filter.nearby = checked }
        FilterChip { objectName: "filterStepFree"; text: qsTr("Step-free"); checked: root.filter.stepFree; onToggled: root.filter.stepFree = checked }
        FilterChip { objectName: "filterRollator"; text: qsTr("Room for a rollator"); checked: root.filter.rollator; onToggled: root.filter.rollator = checked }
        FilterChip { objectName: "filterQuietRoom"; text: qsTr("Quiet room"); checked: root.filter.quietRoom; onToggled: root.filter.quietRoom = checked }
    }

    GridLayout {
        columns: root.width > 360 ? 2 : 1
        columnSpacing: Theme.gap
        Layout.fillWidth: true

        ComboBox {
            id: themeBox
            objectName: "themeFilter"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            // Named choices, not codes: the combo's text and its list are what a screen
            // reader reads out.
            model: [{ code: "", name: qsTr("Every theme") }].concat(
                       root.app.initiatives.themes.map(code => ({ code: code, name: root.app.themeName(code) })))
            textRole: "name"
            valueRole: "code"
            delegate: ActionDelegate {
                required property var modelData
                required property int index
                highlighted: ListView.view.currentIndex === index
                width: ListView.view.width
                height: Theme.touchTarget
                text: modelData.name
                font.pixelSize: Theme.base
                Accessible.name: text
            }
            currentIndex: Math.max(0, model.findIndex(o => o.code === root.filter.theme))
            onActivated: index => root.filter.theme = model[index].code
            Accessible.name: qsTr("Theme")
            Accessible.onPressAction: popup.open()
            Component.onCompleted: contentItem.Accessible.ignored = true
            FocusRing { }
        }
        ComboBox {
            objectName: "languageFilter"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.base
            model: [{ code: "", name: qsTr("Any language spoken") }].concat(
                       root.app.initiatives.spokenLanguages.map(code => ({ code: code, name: root.app.languageDisplay(code) })))
            textRole: "name"
            valueRole: "code"
            displayText: currentIndex <= 0 ? qsTr("Any language spoken")
                                           : qsTr("%1 spoken").arg(Theme.isolate(root.app.languageName(currentValue)))
            delegate: ActionDelegate {
                required property var modelData
                required property int index
                highlighted: ListView.view.currentIndex === index
                width: ListView.view.width
                height: Theme.touchTarget
                text: modelData.name
                font.pixelSize: Theme.base
                Accessible.name: text
            }
            currentIndex: Math.max(0, model.findIndex(o => o.code === root.filter.spokenLanguage))
            onActivated: index => root.filter.spokenLanguage = model[index].code
            Accessible.name: qsTr("Language spoken there")
            Accessible.onPressAction: popup.open()
            Component.onCompleted: contentItem.Accessible.ignored = true
            FocusRing { }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        ActionSwitch {
            objectName: "sortByDistance"
            text: qsTr("Nearest first")
            font.pixelSize: Theme.base
            // What the list does, not only the wish: by name until there is a position fix.
            checked: root.app.initiatives.sortedByDistance
            enabled: root.app.initiatives.canSortByDistance
            onToggled: root.app.initiatives.sortByDistance = checked
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: text
        }
        Item { Layout.fillWidth: true }
        ActionButton {
            objectName: "clearFilters"
            visible: root.filter.activeCount > 0
            text: qsTr("Clear filters")
            flat: true
            font.pixelSize: Theme.base
            Layout.preferredHeight: Theme.touchTarget
            onClicked: root.filter.clearFilters()
            Accessible.name: text
        }
    }
    Label {
        objectName: "sortByNameNote"
        visible: !root.app.initiatives.canSortByDistance
        text: qsTr("Sorted by name until the phone knows where you are.")
        font.pixelSize: Theme.small
        color: Theme.inkSoft
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
}
