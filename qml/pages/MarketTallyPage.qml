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
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    readonly property FieldLogController log: app.fieldLog
    // The chips show the stored conversation (FieldLogController.tally*), never a copy here.
    readonly property bool detailing: log.tallyId !== ""
    property string problem: ""
    signal backRequested()

    objectName: "marketTallyPage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: qsTr("Market tally")
        showBack: true
        onBackClicked: root.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        // The count, the hint and the chips scroll together above the buttons, so with large
        // text the chips still have room (and a focused chip scrolls into sight).
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: scrolled.implicitHeight + Theme.gap   // room under the last chip's focus ring
            clip: true
            ScrollBar.vertical: ScrollBar { }

            ColumnLayout {
                id: scrolled
                width: parent.width
                spacing: Theme.gap

                // The count, large: a value, not a heading; a status line, so each count is told.
                LiveStatus {
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

                ColumnLayout {
                    id: chips
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    // Nothing to add to before the first count: hidden, not offered disabled; the
                    // line above says to tap the big button first.
                    enabled: root.detailing
                    visible: root.detailing

                    StoredChipGroup {
                        objectName: "tallyLanguage"
                        title: qsTr("Language of the conversation")
                        model: root.log.tallyLanguages
                        labelOf: code => root.app.languageName(code)
                        Layout.fillWidth: true
                        onTapped: code => root.problem = root.log.toggleTallyChip("language", code)
                    }
                    StoredChipGroup {
                        objectName: "tallyDoes"
                        title: qsTr("Does for the neighbourhood")
                        model: root.log.tallyDoes
                        labelOf: code => LogVocabulary.doesLabel(code)
                        Layout.fillWidth: true
                        onTapped: code => root.problem = root.log.toggleTallyChip("does", code)
                    }
                    StoredChipGroup {
                        objectName: "tallyNeeds"
                        title: qsTr("Needs")
                        model: root.log.tallyNeeds
                        labelOf: code => LogVocabulary.needsLabel(code)
                        Layout.fillWidth: true
                        onTapped: code => root.problem = root.log.toggleTallyChip("needs", code)
                    }
                    FilterChip {
                        objectName: "tallyReferred"
                        text: qsTr("Referral given")
                        checked: root.log.tallyReferred
                        onToggled: {
                            root.problem = root.log.setTallyReferred(checked)
                            checked = Qt.binding(() => root.log.tallyReferred)
                        }
                    }
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

        // The thumb's reach: Undo small at the side, the count button big in the middle; with
        // large text or long words Undo goes under it, never cut to "On…".
        GridLayout {
            id: tallyButtons
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap / 2
            columns: undoButton.implicitWidth + addButton.implicitWidth + Theme.gap <= width ? 2 : 1
            Layout.fillWidth: true
            ActionButton {
                id: undoButton
                objectName: "tallyUndo"
                text: qsTr("Undo")
                enabled: root.detailing
                visible: root.detailing
                implicitHeight: Theme.touchTarget * (tallyButtons.columns === 1 ? 1 : 1.6)
                font.pixelSize: Theme.base
                Accessible.name: qsTr("Undo the last conversation")
                Layout.row: tallyButtons.columns === 1 ? 1 : 0
                Layout.column: 0
                Layout.minimumWidth: implicitWidth
                Layout.preferredWidth: Math.max(implicitWidth, tallyButtons.width / 3)
                Layout.fillWidth: tallyButtons.columns === 1
                onClicked: root.problem = root.log.undoLast()
            }
            ActionButton {
                id: addButton
                objectName: "tallyAdd"
                text: qsTr("+ Conversation")
                highlighted: true
                implicitHeight: Theme.touchTarget * 1.6
                font.pixelSize: Theme.title
                font.bold: true
                Accessible.name: qsTr("Count a conversation")
                Layout.row: 0
                Layout.column: tallyButtons.columns === 1 ? 0 : 1
                Layout.fillWidth: true
                onClicked: root.problem = root.log.logTally()
            }
        }
    }
}
