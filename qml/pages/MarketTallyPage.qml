import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// At the market stall, one hand free: a big button at the bottom counts a conversation the
// moment it is tapped (saved at once), the chips above add what the resident does, needs and
// speaks to that conversation, and Undo takes the last one back.
Page {
    id: root

    required property AppController app
    readonly property FieldLogController log: app.fieldLog
    readonly property bool detailing: log.lastLogType === "tally" && log.lastLogId !== ""
    property string problem: ""
    property string language: ""
    property var does: []
    property var needs: []
    property bool referred: false
    signal backRequested()

    objectName: "marketTallyPage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: qsTr("Market tally")
        showBack: true
        onBackClicked: root.backRequested()
    }

    function detail() {
        root.problem = root.log.detailLastTally(root.language, root.does, root.needs, root.referred)
    }
    function startNew() {
        language = ""
        does = []
        needs = []
        referred = false
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        Label {
            objectName: "talliesToday"
            text: qsTr("%n conversation(s) today", "", root.log.talliesToday)
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.ink
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        Label {
            text: root.detailing ? qsTr("Add what fits to the last conversation:") : qsTr("Tap the big button after each conversation.")
            wrapMode: Text.Wrap
            color: Theme.inkSoft
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: chips.implicitHeight
            clip: true
            ScrollBar.vertical: ScrollBar { }

            ColumnLayout {
                id: chips
                width: parent.width
                spacing: Theme.gap
                enabled: root.detailing

                ChipGroup {
                    objectName: "tallyLanguage"
                    title: qsTr("Language of the conversation")
                    codes: LogVocabulary.languages
                    labelOf: code => root.app.languageName(code)
                    single: true
                    selected: root.language === "" ? [] : [root.language]
                    Layout.fillWidth: true
                    onEdited: selected => { root.language = selected.length > 0 ? selected[0] : ""; root.detail() }
                }
                ChipGroup {
                    objectName: "tallyDoes"
                    title: qsTr("Does for the neighbourhood")
                    codes: LogVocabulary.does
                    labelOf: code => LogVocabulary.doesLabel(code)
                    selected: root.does
                    Layout.fillWidth: true
                    onEdited: selected => { root.does = selected; root.detail() }
                }
                ChipGroup {
                    objectName: "tallyNeeds"
                    title: qsTr("Needs")
                    codes: LogVocabulary.needs
                    labelOf: code => LogVocabulary.needsLabel(code)
                    selected: root.needs
                    Layout.fillWidth: true
                    onEdited: selected => { root.needs = selected; root.detail() }
                }
                FilterChip {
                    objectName: "tallyReferred"
                    text: qsTr("Referral given")
                    checked: root.referred
                    onToggled: { root.referred = checked; root.detail() }
                }
            }
        }

        Label {
            objectName: "tallyProblem"
            visible: root.problem !== ""
            text: root.problem
            wrapMode: Text.Wrap
            color: Theme.ink
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
            background: Rectangle { color: Theme.note }
        }

        // The thumb's reach: Undo small at the side, the count button big in the middle.
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Button {
                objectName: "tallyUndo"
                text: qsTr("Undo")
                enabled: root.detailing
                implicitHeight: Theme.touchTarget * 1.6
                font.pixelSize: Theme.base
                Accessible.name: qsTr("Undo the last conversation")
                Layout.preferredWidth: parent.width / 3
                onClicked: {
                    root.problem = root.log.undoLast()
                    root.startNew()
                }
            }
            Button {
                objectName: "tallyAdd"
                text: qsTr("+ Conversation")
                highlighted: true
                implicitHeight: Theme.touchTarget * 1.6
                font.pixelSize: Theme.title
                font.bold: true
                Accessible.name: qsTr("Count a conversation")
                Layout.fillWidth: true
                onClicked: {
                    root.startNew()
                    root.problem = root.log.logTally()
                }
            }
        }
    }
}
