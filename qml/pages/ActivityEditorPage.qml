import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui
import Buurtbrug.App

// One activity of the initiative open in the editor: its name per language (the languages
// the initiative is named in) and when it takes place, with the next five dates as they follow
// from the schedule. Held by the ActivityForm, so a refused save loses nothing.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    readonly property DirectoryEditorController editor: app.directoryEditor
    readonly property ActivityForm activity: editor.activity
    readonly property var problems: activity.problems
    // The languages the initiative has a name in: an activity's text lives in their translations.
    readonly property var languages: editor.initiative.textStates.filter(s => s.named).map(s => s.code)
    readonly property string prefix: "texts." + activity.textLanguage
    // The confirmation before removing (a Popup lives in the window's overlay; tests reach it here).
    readonly property alias removeConfirmation: confirmRemove
    signal closed()

    objectName: "activityEditorPage"
    background: Rectangle { color: Theme.page }

    header: PageHeader {
        title: root.activity.isNew ? qsTr("New activity") : qsTr("Edit activity")
        showBack: true
        onBackClicked: root.closed()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: content
            width: Math.min(parent.width - 2 * Theme.gap, 760)
            x: (parent.width - width) / 2
            y: Theme.gap
            spacing: Theme.gap

            ResultBanner {
                objectName: "activityNotice"
                message: root.editor.notice
                ok: root.editor.noticeOk
                Layout.fillWidth: true
            }
            ColumnLayout {
                spacing: 4
                visible: root.languages.length > 1
                Layout.fillWidth: true
                Label {
                    text: qsTr("Language of the name below")
                    font.pixelSize: Theme.small
                    font.bold: true
                    color: Theme.inkSoft
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                ComboBox {
                    objectName: "activityLanguage"
                    model: root.languages
                    displayText: root.app.languageDisplay(root.activity.textLanguage)
                    currentIndex: Math.max(0, root.languages.indexOf(root.activity.textLanguage))
                    font.pixelSize: Theme.base
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    delegate: ItemDelegate {
                        required property string modelData
                        width: ListView.view.width
                        height: Theme.touchTarget
                        text: root.app.languageDisplay(modelData)
                        font.pixelSize: Theme.base
                    }
                    onActivated: index => root.activity.textLanguage = root.languages[index]
                    Accessible.name: qsTr("Language of the name below")
                    // Qt 6.4 runs no code for a screen reader's Press: open the list as a tap does.
                    Accessible.onPressAction: popup.open()
                }
            }
            FieldProblem {
                text: root.problems[root.prefix] || ""
                Layout.fillWidth: true
            }
            FormField {
                objectName: "activityName"
                label: qsTr("Name of the activity")
                text: root.activity.name
                problem: root.problems[root.prefix + ".name"] || ""
                onEdited: text => root.activity.name = text
                Layout.fillWidth: true
            }
            FormTextArea {
                objectName: "activityDescription"
                label: qsTr("What happens there")
                lines: 2
                text: root.activity.description
                problem: root.problems[root.prefix + ".description"] || ""
                onEdited: text => root.activity.description = text
                Layout.fillWidth: true
            }
            FormField {
                objectName: "activitySlug"
                visible: root.activity.isNew
                label: qsTr("Short name for links: letters a-z, digits and dashes; made from the name when left empty")
                maximumLength: 100
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhLatinOnly
                text: root.activity.slug
                problem: root.problems["slug"] || ""
                onEdited: text => root.activity.slug = text
                Layout.fillWidth: true
            }

            Heading { text: qsTr("When"); Layout.fillWidth: true; wrapMode: Text.Wrap }
            ScheduleEditor {
                activity: root.activity
                localeName: root.app.localeName
                Layout.fillWidth: true
            }

            FieldProblem {
                objectName: "activityFormProblem"
                text: root.problems["form"] || root.problems["initiative"] || ""
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true
                ActionButton {
                    objectName: "activitySave"
                    text: qsTr("Save")
                    highlighted: true
                    font.pixelSize: Theme.base
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: {
                        if (root.editor.saveActivity())
                            root.closed()
                        else
                            flick.contentY = 0
                    }
                }
                ActionButton {
                    objectName: "activityCancel"
                    text: qsTr("Cancel")
                    flat: true
                    font.pixelSize: Theme.base
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: root.closed()
                }
            }
            WideButton {
                objectName: "removeActivity"
                visible: !root.activity.isNew
                text: qsTr("Remove this activity")
                flat: true
                font.pixelSize: Theme.base
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                onClicked: confirmRemove.open()
            }
        }
    }

    ConfirmPopup {
        id: confirmRemove
        objectName: "confirmRemoveActivity"
        title: qsTr("Remove %1?").arg(Theme.isolate(root.activity.name))
        message: qsTr("It no longer shows on any device after the next sync.")
        actionText: qsTr("Remove")
        keepText: qsTr("Keep it")
        onAccepted: if (root.editor.removeActivity()) root.closed()
    }
}
