import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui
import Buurtbrug.App

// An initiative's texts, one language at a time: the language chosen, how far each language
// is (original, translated by a person, to be checked), and the name, one line, description
// and opening notes in the language chosen, each with its problem.
ColumnLayout {
    id: root

    required property InitiativeForm form
    property var languages: []                  // codes that can be chosen
    property var languageName: code => code     // a language in words
    readonly property var problems: form.problems
    readonly property string prefix: "texts." + form.textLanguage
    readonly property var statusNames: ({ "original": qsTr("original"), "human": qsTr("translated by a person"),
                                          "needs-review": qsTr("to be checked") })

    spacing: Theme.gap

    ColumnLayout {
        spacing: 4
        Layout.fillWidth: true
        Label {
            text: qsTr("Language of the texts below")
            font.pixelSize: Theme.small
            font.bold: true
            color: Theme.inkSoft
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        ComboBox {
            objectName: "textLanguage"
            model: root.languages
            displayText: root.languageName(root.form.textLanguage)
            currentIndex: Math.max(0, root.languages.indexOf(root.form.textLanguage))
            font.pixelSize: Theme.base
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            delegate: ItemDelegate {
                required property string modelData
                width: ListView.view.width
                height: Theme.touchTarget
                text: root.languageName(modelData)
                font.pixelSize: Theme.base
            }
            onActivated: index => root.form.textLanguage = root.languages[index]
            Accessible.name: qsTr("Language of the texts below")
            // Qt 6.4 runs no code for a screen reader's Press: open the list as a tap does.
            Accessible.onPressAction: popup.open()
        }
    }
    // Every language written so far and how far it is; one with a problem says so.
    Repeater {
        model: root.form.textStates
        delegate: Label {
            required property var modelData
            objectName: "textState_" + modelData.code
            text: modelData.hasProblem
                  ? qsTr("%1: %2, needs another look").arg(Theme.isolate(root.languageName(modelData.code)))
                                                      .arg(root.statusNames[modelData.status] || modelData.status)
                  : qsTr("%1: %2").arg(Theme.isolate(root.languageName(modelData.code)))
                                  .arg(root.statusNames[modelData.status] || modelData.status)
            font.pixelSize: Theme.small
            font.bold: modelData.hasProblem
            color: modelData.hasProblem ? "#8a3a12" : Theme.inkSoft
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
    }
    FieldProblem {
        objectName: "textsProblem"
        text: root.problems[root.prefix] || ""
        Layout.fillWidth: true
    }
    FormField {
        objectName: "initiativeName"
        label: qsTr("Name")
        text: root.form.name
        // No name in any language is said here too: this is where one is typed.
        problem: root.problems[root.prefix + ".name"] || root.problems["texts"] || ""
        onEdited: text => root.form.name = text
        Layout.fillWidth: true
    }
    FormField {
        objectName: "initiativeSummary"
        label: qsTr("One line for the list")
        maximumLength: 300
        text: root.form.summary
        problem: root.problems[root.prefix + ".summary"] || ""
        onEdited: text => root.form.summary = text
        Layout.fillWidth: true
    }
    FormTextArea {
        objectName: "initiativeDescription"
        label: qsTr("Description")
        text: root.form.description
        problem: root.problems[root.prefix + ".description"] || ""
        onEdited: text => root.form.description = text
        Layout.fillWidth: true
    }
    FormTextArea {
        objectName: "initiativeOpeningNotes"
        label: qsTr("Opening notes (how to get in, what to bring)")
        lines: 2
        text: root.form.openingNotes
        problem: root.problems[root.prefix + ".openingNotes"] || ""
        onEdited: text => root.form.openingNotes = text
        Layout.fillWidth: true
    }
    ChipGroup {
        objectName: "textStatus"
        title: qsTr("This text is")
        single: true
        codes: ["original", "human", "needs-review"]
        labelOf: code => root.statusNames[code]
        selected: [root.form.status]
        onEdited: selected => root.form.status = selected[0]
        Layout.fillWidth: true
    }
    FieldProblem {
        text: root.problems[root.prefix + ".status"] || ""
        Layout.fillWidth: true
    }
}
