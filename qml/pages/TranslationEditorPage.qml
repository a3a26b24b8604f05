import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts
import Buurtbrug.App

// Add or correct the texts of an initiative in one language, in the field. Saved on this
// device at once; it reaches everyone with the next sync. The texts in the reader's language
// (or the original) stay beside each field as a reference, just above it. Saving returns to
// the detail page, which confirms it.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    property string initiativeId
    property var reference: ({})  // the detail map of the initiative, for the reference texts
    signal done()

    property string language: app.language
    readonly property var existing: app.translation(initiativeId, language) || ({})
    property string errorText
    readonly property string referenceLanguage: reference.name ? reference.name.language : ""
    readonly property string referenceLanguageName: Theme.isolate(app.languageName(referenceLanguage))

    objectName: "translationEditorPage"
    background: Rectangle { color: Theme.page }

    header: PageHeader {
        title: qsTr("Translation")
        showBack: true
        onBackClicked: root.done()
    }

    onLanguageChanged: if (nameField) load()
    Component.onCompleted: load()
    function load() {
        const texts = root.app.translation(root.initiativeId, root.language) || {}
        nameField.text = texts.name || ""
        summaryField.text = texts.summary || ""
        descriptionField.text = texts.description || ""
        reviewBox.checked = texts.status === "needs-review"
        errorText = ""
    }

    Flickable {
        id: flick
        anchors.fill: parent
        // As wide as the page, whatever the form's widest line would like (large text).
        contentWidth: width
        contentHeight: form.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: form
            x: Theme.gap
            y: Theme.gap
            width: flick.width - 2 * Theme.gap
            spacing: 8

            Label { text: qsTr("Language"); font.pixelSize: Theme.small; font.bold: true; color: Theme.inkSoft; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
            ComboBox {
                objectName: "translationLanguage"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.base
                model: root.app.translationLanguages
                displayText: root.app.languageName(currentValue)
                delegate: ActionDelegate {
                    required property string modelData
                    width: ListView.view.width
                    height: Theme.touchTarget
                    text: root.app.languageName(modelData)
                    font.pixelSize: Theme.base
                }
                currentIndex: Math.max(0, model.indexOf(root.language))
                onActivated: index => root.language = model[index]
                Accessible.name: qsTr("Language of this translation")
                // A screen reader's Press opens the list, as a tap does (Qt 6.4 offers none); the
                // style's text inside repeats the choice without a name: the combo says it.
                Accessible.onPressAction: popup.open()
                Component.onCompleted: contentItem.Accessible.ignored = true
                FocusRing { }
            }
            Label {
                objectName: "translationStatus"
                visible: text !== ""
                text: root.existing.status === "original" ? qsTr("This is the host's original text.")
                      : root.existing.status === "human" ? qsTr("Translated by a person.")
                      : root.existing.status === "needs-review" ? qsTr("Waiting for someone to check it.")
                      : qsTr("There is no text in this language yet.")
                font.pixelSize: Theme.small
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }

            // Each text beside the one it translates: the reference (in the reader's language or
            // the original) first, then the field in the language chosen above.
            ColumnLayout {
                objectName: "translationFields"
                spacing: 8
                Layout.fillWidth: true

                Label {
                    objectName: "translationOriginalName"
                    text: qsTr("Name in %1: %2").arg(root.referenceLanguageName)
                          .arg(Theme.isolate(root.reference.name ? root.reference.name.text : ""))
                    font.pixelSize: Theme.small
                    color: Theme.inkSoft
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                }
                ColumnLayout {
                    spacing: 4
                    Layout.fillWidth: true
                    Label { text: qsTr("Name"); font.pixelSize: Theme.small; font.bold: true; color: Theme.inkSoft; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                    TextField {
                        id: nameField
                        objectName: "translationName"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget
                        font.pixelSize: Theme.base
                        maximumLength: 200
                        Accessible.name: qsTr("Name")
                    }
                }

                Label {
                    objectName: "translationOriginalSummary"
                    text: qsTr("One line in %1: %2").arg(root.referenceLanguageName)
                          .arg(Theme.isolate(root.reference.summary ? root.reference.summary.text : ""))
                    font.pixelSize: Theme.small
                    color: Theme.inkSoft
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                }
                ColumnLayout {
                    spacing: 4
                    Layout.fillWidth: true
                    Label { text: qsTr("One line for the list"); font.pixelSize: Theme.small; font.bold: true; color: Theme.inkSoft; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                    TextField {
                        id: summaryField
                        objectName: "translationSummary"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget
                        font.pixelSize: Theme.base
                        maximumLength: 300
                        Accessible.name: qsTr("One line for the list")
                    }
                }

                Label {
                    objectName: "translationOriginalDescription"
                    text: qsTr("Description in %1: %2").arg(root.referenceLanguageName)
                          .arg(Theme.isolate(root.reference.description ? root.reference.description.text : ""))
                    font.pixelSize: Theme.small
                    color: Theme.inkSoft
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                }
                ColumnLayout {
                    spacing: 4
                    Layout.fillWidth: true
                    Label { text: qsTr("Description"); font.pixelSize: Theme.small; font.bold: true; color: Theme.inkSoft; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                    TextBox {
                        id: descriptionField
                        objectName: "translationDescription"
                        box.objectName: "translationDescriptionBox"
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget * 3
                        Accessible.name: qsTr("Description")
                    }
                }
            }
            ActionCheckBox {
                id: reviewBox
                objectName: "translationNeedsReview"
                text: qsTr("Ask someone to check this translation")
                Layout.fillWidth: true
            }
            Label {
                objectName: "translationError"
                visible: root.errorText !== ""
                text: root.errorText
                color: "#9a2b1c"
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                ActionButton {
                    objectName: "translationSave"
                    text: qsTr("Save")
                    highlighted: true
                    font.pixelSize: Theme.base
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: text
                    onClicked: {
                        if (nameField.text.trim() === "") {
                            root.errorText = qsTr("A name is needed.")
                            return
                        }
                        const problem = root.app.saveTranslation(root.initiativeId, root.language, nameField.text,
                                                                 summaryField.text, descriptionField.text, reviewBox.checked)
                        root.errorText = problem === "" ? "" : qsTr("Not saved: %1").arg(problem)
                        if (problem === "")
                            root.done()
                    }
                }
                ActionButton {
                    objectName: "translationCancel"
                    text: qsTr("Cancel")
                    flat: true
                    font.pixelSize: Theme.base
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: text
                    onClicked: root.done()
                }
            }
        }
    }
}
