import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// One field on which the versions disagree: its name marked "differs" in words, and each
// version's value as a choice. The chosen one carries a check mark and the word "kept", a
// thicker frame and a tint, so the choice never rests on colour alone.
ColumnLayout {
    id: root

    required property int index
    required property string field
    required property string label
    required property var values
    required property int chosen
    // Side by side where the page is wide enough, one under the other on a phone.
    property int columns: 1
    signal versionChosen(int version)

    objectName: "conflictField"
    spacing: 6

    RowLayout {
        spacing: 8
        Layout.fillWidth: true
        Heading {
            objectName: "conflictFieldLabel"
            text: root.label
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: qsTr("%1, differs between the versions").arg(root.label)
        }
        Label {
            objectName: "differsMark"
            // The mark in words and a sign, on a tint: a difference is never shown by colour alone.
            text: qsTr("≠ differs")
            font.pixelSize: Theme.small
            font.bold: true
            color: Theme.ink
            padding: 4
            background: Rectangle { color: Theme.note; radius: 4; border.color: Theme.inkSoft; border.width: 1 }
            Accessible.ignored: true
        }
    }

    GridLayout {
        columns: root.columns
        columnSpacing: 8
        rowSpacing: 8
        Layout.fillWidth: true

        Repeater {
            model: root.values
            // A radio button to a screen reader (Qt 6.4 would make a Button a push button or a
            // check box, whatever role the QML gives it), one of the field's versions.
            delegate: RadioButton {
                id: choice
                required property int index
                required property string modelData
                readonly property bool kept: index === root.chosen
                readonly property string versionName: index === 0 ? qsTr("Version %1, shown now").arg(index + 1)
                                                                  : qsTr("Version %1").arg(index + 1)

                objectName: "conflictChoice"
                property string field: root.field
                property int version: index
                // The model holds the choice, a tap only asks for it: the flip a tap makes is
                // undone at once. Press, Toggle, Enter and Return ask as a tap does (Qt 6.4 runs
                // no code for Press, and its Toggle only flips `checked`).
                autoExclusive: false
                checked: kept
                onToggled: checked = Qt.binding(() => choice.kept)
                indicator: null
                Accessible.onPressAction: choice.clicked()
                Accessible.onToggleAction: choice.clicked()
                Keys.onReturnPressed: choice.clicked()
                Keys.onEnterPressed: choice.clicked()
                FocusRing { }
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns
                Layout.minimumHeight: Theme.touchTarget
                leftPadding: 12
                rightPadding: 12
                topPadding: 8
                bottomPadding: 8
                text: choice.kept ? qsTr("%1: %2 (kept)").arg(versionName).arg(modelData)
                                  : qsTr("%1: %2").arg(versionName).arg(modelData)
                Accessible.name: choice.kept ? qsTr("Keep %1 of %2: %3, chosen").arg(versionName).arg(root.label).arg(modelData)
                                             : qsTr("Keep %1 of %2: %3").arg(versionName).arg(root.label).arg(modelData)
                Accessible.checkable: true
                Accessible.checked: kept
                onClicked: root.versionChosen(index)

                background: Rectangle {
                    color: choice.kept ? Theme.accentSoft : Theme.page
                    radius: 8
                    border.color: choice.kept ? Theme.accent : Theme.line
                    border.width: choice.kept ? 3 : 1
                }
                contentItem: Column {
                    spacing: 2
                    Label {
                        width: parent.width
                        text: choice.kept ? qsTr("✓ Kept: %1").arg(choice.versionName) : choice.versionName
                        font.pixelSize: Theme.small
                        font.bold: choice.kept
                        color: choice.kept ? Theme.ink : Theme.inkSoft
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                    }
                    Label {
                        objectName: "conflictValue"
                        width: parent.width
                        // Isolated, so a phone number keeps its order in a right-to-left line.
                        text: Theme.isolate(Theme.bidiName(choice.modelData))
                        font.pixelSize: Theme.base
                        color: Theme.ink
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                    }
                }
            }
        }
    }
}
