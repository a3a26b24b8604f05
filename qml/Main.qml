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
    property int section: Section.Initiatives // a Section value: the page shown
    property string selectedId: ""
    // The directory editor over the Initiatives section: "new" for a new initiative, else its id.
    property string editing: ""

    width: 390
    height: 844
    visible: true
    title: qsTr("Buurtbrug")
    color: Theme.page

    LayoutMirroring.enabled: app.rightToLeft
    LayoutMirroring.childrenInherit: true

    // What this device's roles use, at most five destinations (a bottom bar holds no more):
    // a buurtmaatje and a verbindingswerker log, report and never handle cards; a host and a
    // coordinator also stamp or issue cards, and reach the language from the Sync page; a
    // card holder's phone has no field logs or reports. A device without an enrolment (or
    // looking around with the sample) shows what a worker would. `page` is the Section it
    // opens; `name` is the full name where the bar shows a short label.
    readonly property var roles: app.roles
    readonly property bool enrolled: roles.length > 0
    function has(list) { return !enrolled || roles.some(r => list.indexOf(r) >= 0) }
    readonly property var destinations: {
        const all = [
            { page: Section.Initiatives, label: qsTr("Initiatives"), icon: "qrc:/buurtbrug/icons/directory.svg",
              shown: true },
            { page: Section.Log, label: qsTr("Log"), icon: "qrc:/buurtbrug/icons/log.svg",
              shown: has(["buurtmaatje", "verbindingswerker", "host", "coordinator"]) },
            { page: Section.Reports, label: qsTr("Reports"), icon: "qrc:/buurtbrug/icons/reports.svg",
              shown: has(["buurtmaatje", "verbindingswerker", "host", "coordinator"]) },
            { page: Section.Card, label: qsTr("Stamp card"), icon: "qrc:/buurtbrug/icons/card.svg",
              shown: has(["host", "coordinator", "cardholder"]) },
            { page: Section.Language, label: qsTr("Language"), icon: "qrc:/buurtbrug/icons/language.svg",
              shown: true },
            { page: Section.Sync, label: qsTr("Sync", "navigation, short"), name: qsTr("Sync"), icon: "qrc:/buurtbrug/icons/sync.svg",
              shown: true }
        ].filter(d => d.shown)
        // Six: the language moves to the Sync page, which links to it.
        return all.length > 5 ? all.filter(d => d.page !== Section.Language) : all
    }
    readonly property bool languageInNavigation: destinations.some(d => d.page === Section.Language)
    // The Language page opened from the Sync page keeps Sync lit.
    // The Devices page (a coordinator's, opened from the Sync page) keeps Sync lit too.
    readonly property int navigationSection: (section === Section.Language && !languageInNavigation)
                                             || section === Section.Devices ? Section.Sync : section

    // The sample neighbourhood is marked above every screen while the phone holds it.
    header: SampleBanner {
        objectName: "sampleBanner"
        visible: root.app.sample.loaded || root.app.initiatives.hasSample
        onThisPhone: root.app.sample.loaded
        height: visible ? implicitHeight : 0
        onJoinRequested: {
            root.selectedId = ""
            root.section = Section.Sync
        }
    }

    // The bottom bar is the column's last item, not the window's footer: Qt reads and Tabs
    // through a window's footer before its content, so the page title would come after it.
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            NavigationRail {
                objectName: "navigationRail"
                visible: root.wide
                Layout.fillHeight: true
                destinations: root.destinations
                currentSection: root.navigationSection
                onSectionChosen: section => root.section = section
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: root.section // the pages below are in Section order

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
                        onAddRequested: {
                            root.app.directoryEditor.startNew()
                            root.editing = "new"
                        }
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
                        onEditRequested: initiativeId => {
                            if (root.app.directoryEditor.open(initiativeId))
                                root.editing = initiativeId
                        }
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
                    onPlaceRequested: initiativeId => {
                        root.selectedId = initiativeId
                        root.section = Section.Initiatives
                    }
                }

                LanguagePage {
                    app: root.app
                    showBack: !root.languageInNavigation
                    onBackRequested: root.section = Section.Sync
                }

                SyncPage {
                    app: root.app
                    showLanguage: !root.languageInNavigation
                    onLanguageRequested: root.section = Section.Language
                    onDevicesRequested: root.section = Section.Devices
                }

                DevicePage {
                    app: root.app
                    onBackRequested: root.section = Section.Sync
                }
            }
        }

        BottomNavigation {
            objectName: "bottomNavigation"
            visible: !root.wide && !root.app.sample.choicePending
            destinations: root.destinations
            currentSection: root.navigationSection
            onSectionChosen: section => root.section = section
            Layout.fillWidth: true
        }
    }

    // The directory editor covers the window while open: what is typed stays until it is left.
    Loader {
        objectName: "initiativeEditorLoader"
        anchors.fill: parent
        active: root.editing !== "" && root.section === Section.Initiatives
        z: 5
        sourceComponent: InitiativeEditorPage {
            app: root.app
            onClosed: initiativeId => {
                root.editing = ""
                root.selectedId = initiativeId
                root.selectFirstIfWide()
            }
        }
    }

    // A first start: join, or look around with the sample. Covers everything until chosen.
    Loader {
        anchors.fill: parent
        active: root.app.sample.choicePending
        z: 10
        sourceComponent: FirstStartPage {
            app: root.app
            onJoinChosen: root.section = Section.Sync
        }
    }

    // Focus moved by Tab or a screen reader scrolls into sight, on every page.
    FocusFollower { window: root }

    // On a tablet the detail pane is never empty: show the first initiative.
    onWideChanged: selectFirstIfWide()
    Component.onCompleted: selectFirstIfWide()
    function selectFirstIfWide() {
        if (wide && selectedId === "" && app.initiatives.count > 0)
            selectedId = app.initiatives.idAt(0)
    }
}
