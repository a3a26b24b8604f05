import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui
import Buurtbrug.App

// The desk's editor of one initiative (new, or the one opened with app.directoryEditor.open):
// texts per language, themes, address and position, languages spoken, accessibility,
// contact, its activities, and retiring it after a confirmation. Everything typed lives in
// the InitiativeForm, so a refused or failed save loses nothing; each problem is shown at its
// field and the notice at the top says what happened. closed(id) asks to leave: the id to show
// after (empty after retiring or leaving a new one unsaved).
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    readonly property DirectoryEditorController editor: app.directoryEditor
    readonly property InitiativeForm form: editor.initiative
    readonly property var problems: form.problems
    property bool activityOpen: false
    // The confirmation before retiring (a Popup lives in the window's overlay; tests reach it here).
    readonly property alias retireConfirmation: confirmRetire
    signal closed(string initiativeId)

    objectName: "initiativeEditorPage"
    background: Rectangle { color: Theme.page }

    header: PageHeader {
        visible: !root.activityOpen
        title: root.form.isNew ? qsTr("New initiative") : qsTr("Edit initiative")
        showBack: true
        onBackClicked: root.closed(root.form.initiativeId)
    }

    // The photos shown and added are this initiative's.
    Binding { target: root.app.photos; property: "initiativeId"; value: root.form.initiativeId }
    readonly property alias photoSection: photoSection

    Connections {
        target: root.editor
        function onRetired() { root.closed("") }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        visible: !root.activityOpen
        contentHeight: content.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: content
            // A comfortable line length on a desktop; the whole width on a phone.
            width: Math.min(parent.width - 2 * Theme.gap, 760)
            x: (parent.width - width) / 2
            y: Theme.gap
            spacing: Theme.gap

            ResultBanner {
                objectName: "editorNotice"
                message: root.editor.notice
                ok: root.editor.noticeOk
                Layout.fillWidth: true
            }

            Heading { text: qsTr("Name and description"); Layout.fillWidth: true; wrapMode: Text.Wrap }
            InitiativeTextsSection {
                form: root.form
                languages: root.editor.textLanguages
                languageName: code => root.app.languageDisplay(code)
                Layout.fillWidth: true
            }
            FormField {
                objectName: "initiativeSlug"
                visible: root.form.isNew
                label: qsTr("Short name for links: letters a-z, digits and dashes; made from the name when left empty")
                maximumLength: 100
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhLatinOnly
                text: root.form.slug
                problem: root.problems["slug"] || ""
                onEdited: text => root.form.slug = text
                Layout.fillWidth: true
            }

            Heading { text: qsTr("Themes"); Layout.fillWidth: true; wrapMode: Text.Wrap }
            ChipGroup {
                objectName: "initiativeThemes"
                codes: root.editor.themeCodes
                labelOf: code => root.app.themeName(code)
                selected: root.form.themes
                onEdited: selected => root.form.themes = selected
                Layout.fillWidth: true
            }
            FieldProblem { text: root.problems["themes"] || ""; Layout.fillWidth: true }

            Heading { text: qsTr("Address and position"); Layout.fillWidth: true; wrapMode: Text.Wrap }
            PositionSection {
                editor: root.editor
                Layout.fillWidth: true
            }

            Heading { text: qsTr("Languages spoken there"); Layout.fillWidth: true; wrapMode: Text.Wrap }
            ChipGroup {
                objectName: "initiativeLanguagesSpoken"
                codes: root.editor.spokenLanguageCodes
                labelOf: code => root.app.languageDisplay(code)
                selected: root.form.languagesSpoken
                onEdited: selected => root.form.languagesSpoken = selected
                Layout.fillWidth: true
            }
            FieldProblem { text: root.problems["languagesSpoken"] || ""; Layout.fillWidth: true }

            Heading { text: qsTr("Accessibility"); Layout.fillWidth: true; wrapMode: Text.Wrap }
            CheckBox {
                objectName: "initiativeStepFree"
                text: qsTr("Step-free entrance")
                font.pixelSize: Theme.base
                checked: root.form.stepFree
                onCheckedChanged: if (checked !== root.form.stepFree) root.form.stepFree = checked
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: text
                Accessible.onPressAction: toggle() // Qt 6.4 runs no code for Press
            }
            CheckBox {
                objectName: "initiativeRollator"
                text: qsTr("Room for a rollator")
                font.pixelSize: Theme.base
                checked: root.form.rollator
                onCheckedChanged: if (checked !== root.form.rollator) root.form.rollator = checked
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: text
                Accessible.onPressAction: toggle() // Qt 6.4 runs no code for Press
            }
            CheckBox {
                objectName: "initiativeQuietRoom"
                text: qsTr("A quiet room")
                font.pixelSize: Theme.base
                checked: root.form.quietRoom
                onCheckedChanged: if (checked !== root.form.quietRoom) root.form.quietRoom = checked
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: text
                Accessible.onPressAction: toggle() // Qt 6.4 runs no code for Press
            }

            Heading { text: qsTr("Contact"); Layout.fillWidth: true; wrapMode: Text.Wrap }
            FormField {
                objectName: "initiativePhone"
                label: qsTr("Phone")
                placeholder: "010 123 4567"
                maximumLength: 25
                inputMethodHints: Qt.ImhDialableCharactersOnly
                text: root.form.phone
                problem: root.problems["contact.phone"] || ""
                onEdited: text => root.form.phone = text
                Layout.fillWidth: true
            }
            FormField {
                objectName: "initiativeEmail"
                label: qsTr("E-mail")
                maximumLength: 254
                inputMethodHints: Qt.ImhEmailCharactersOnly
                text: root.form.email
                problem: root.problems["contact.email"] || ""
                onEdited: text => root.form.email = text
                Layout.fillWidth: true
            }
            FormField {
                objectName: "initiativeWebsite"
                label: qsTr("Website")
                placeholder: "https://"
                maximumLength: 500
                inputMethodHints: Qt.ImhUrlCharactersOnly
                text: root.form.website
                problem: root.problems["contact.website"] || ""
                onEdited: text => root.form.website = text
                Layout.fillWidth: true
            }

            FieldProblem {
                objectName: "formProblem"
                text: root.problems["form"] || ""
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true
                ActionButton {
                    objectName: "initiativeSave"
                    text: qsTr("Save")
                    highlighted: true
                    font.pixelSize: Theme.base
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: {
                        if (!root.editor.save())
                            flick.contentY = 0 // the notice at the top says what needs a look
                    }
                }
                ActionButton {
                    objectName: "initiativeClose"
                    text: root.form.isNew ? qsTr("Cancel") : qsTr("Close")
                    flat: true
                    font.pixelSize: Theme.base
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: root.closed(root.form.initiativeId)
                }
            }

            // Activities belong to a saved initiative: they are added once it exists.
            Heading { text: qsTr("Activities"); Layout.fillWidth: true; wrapMode: Text.Wrap; Layout.topMargin: Theme.gap }
            Label {
                visible: root.form.isNew
                text: qsTr("Save the initiative first; then add its activities here.")
                font.pixelSize: Theme.base
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Repeater {
                model: root.editor.activities
                delegate: RowLayout {
                    required property var modelData
                    spacing: 8
                    Layout.fillWidth: true
                    ColumnLayout {
                        spacing: 2
                        Layout.fillWidth: true
                        Label {
                            text: modelData.name
                            font.bold: true
                            font.pixelSize: Theme.base
                            color: Theme.ink
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                        Label {
                            text: modelData.when
                            font.pixelSize: Theme.small
                            color: Theme.inkSoft
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                    }
                    ActionButton {
                        objectName: "editActivity_" + modelData.id
                        text: qsTr("Edit")
                        font.pixelSize: Theme.base
                        Layout.preferredHeight: Theme.touchTarget
                        Accessible.name: qsTr("Edit %1").arg(modelData.name)
                        onClicked: if (root.editor.openActivity(modelData.id)) root.activityOpen = true
                    }
                }
            }
            WideButton {
                objectName: "addActivity"
                visible: !root.form.isNew
                text: qsTr("Add activity")
                font.pixelSize: Theme.base
                Layout.fillWidth: true
                onClicked: { root.editor.startActivity(); root.activityOpen = true }
            }

            Heading { text: qsTr("Photos"); Layout.fillWidth: true; wrapMode: Text.Wrap; Layout.topMargin: Theme.gap }
            PhotoSection {
                id: photoSection
                objectName: "photoSection"
                photos: root.app.photos
                saved: !root.form.isNew
                altLanguage: root.form.textLanguage !== "" ? root.form.textLanguage : root.app.language
                Layout.fillWidth: true
            }

            WideButton {
                objectName: "retireInitiative"
                visible: !root.form.isNew
                text: qsTr("Retire this initiative")
                flat: true
                font.pixelSize: Theme.base
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap * 2
                onClicked: confirmRetire.open()
            }
        }
    }

    // Retiring is not deleting: it leaves the lists, its texts stay, its activities go.
    ConfirmPopup {
        id: confirmRetire
        objectName: "confirmRetire"
        title: qsTr("Retire %1?").arg(Theme.isolate(root.form.name))
        message: qsTr("It no longer shows in the list, on any device, after the next sync. Its activities and photos are removed; its texts are kept.")
        actionText: qsTr("Retire")
        keepText: qsTr("Keep it")
        onAccepted: root.editor.retire()
    }

    Loader {
        anchors.fill: parent
        active: root.activityOpen
        sourceComponent: ActivityEditorPage {
            app: root.app
            onClosed: root.activityOpen = false
        }
    }
}
