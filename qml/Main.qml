import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App

// The window: a bottom bar on a phone, a side rail and list + detail side by side on a
// tablet. The whole layout mirrors for right-to-left languages.
ApplicationWindow {
    id: root

    required property AppController app
    readonly property bool wide: width >= 700
    property int section: 0
    property string selectedId: ""

    width: 390
    height: 844
    visible: true
    title: qsTr("Buurtbrug")
    color: Theme.page

    LayoutMirroring.enabled: app.rightToLeft
    LayoutMirroring.childrenInherit: true

    // What this device's roles use: a card holder's phone has no field logs or reports to
    // show; a device without an enrolment shows everything. `page` is the StackLayout index.
    readonly property bool worker: app.roles.length === 0
        || app.roles.some(r => ["buurtmaatje", "verbindingswerker", "host", "coordinator"].indexOf(r) >= 0)
    readonly property var destinations: [
        { page: 0, label: qsTr("Initiatives"), icon: "qrc:/buurtbrug/icons/directory.svg" },
        { page: 1, label: qsTr("Log"), icon: "qrc:/buurtbrug/icons/log.svg", workers: true },
        { page: 2, label: qsTr("Reports"), icon: "qrc:/buurtbrug/icons/reports.svg", workers: true },
        { page: 3, label: qsTr("Card"), icon: "qrc:/buurtbrug/icons/card.svg" },
        { page: 4, label: qsTr("Language"), icon: "qrc:/buurtbrug/icons/language.svg" },
        { page: 5, label: qsTr("Sync"), icon: "qrc:/buurtbrug/icons/sync.svg" }
    ].filter(d => worker || !d.workers)
    readonly property int navigationIndex: Math.max(0, destinations.findIndex(d => d.page === section))

    footer: BottomNavigation {
        objectName: "bottomNavigation"
        visible: !root.wide
        destinations: root.destinations
        currentIndex: root.navigationIndex
        onActivated: index => root.section = root.destinations[index].page
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            objectName: "navigationRail"
            visible: root.wide
            Layout.fillHeight: true
            destinations: root.destinations
            currentIndex: root.navigationIndex
            onActivated: index => root.section = root.destinations[index].page
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.section

            RowLayout {
                spacing: 0

                InitiativeListPage {
                    id: listPage
                    app: root.app
                    selectedId: root.selectedId
                    visible: root.wide || root.selectedId === ""
                    Layout.fillHeight: true
                    Layout.fillWidth: !root.wide
                    Layout.preferredWidth: root.wide ? Theme.listPaneWidth : -1
                    onInitiativeChosen: initiativeId => root.selectedId = initiativeId
                }

                Rectangle {
                    visible: root.wide
                    color: Theme.line
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                }

                InitiativeDetailPage {
                    id: detailPage
                    app: root.app
                    initiativeId: root.selectedId
                    showBack: !root.wide
                    visible: root.selectedId !== "" || root.wide
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onBackRequested: root.selectedId = ""
                }
            }

            LogPage {
                app: root.app
            }

            ReportsPage {
                app: root.app
            }

            CardPage {
                app: root.app
            }

            LanguagePage {
                app: root.app
            }

            SyncPage {
                app: root.app
            }
        }
    }

    // On a tablet the detail pane is never empty: show the first initiative.
    onWideChanged: selectFirstIfWide()
    Component.onCompleted: selectFirstIfWide()
    function selectFirstIfWide() {
        if (wide && selectedId === "" && app.initiatives.count > 0)
            selectedId = app.initiatives.idAt(0)
    }
}
