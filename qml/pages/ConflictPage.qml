import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui
import Buurtbrug.App

// The versions of an initiative made on two devices at once, field by field: each field that
// differs with every version's value to choose from, the fields that agree named once. Saving
// keeps the chosen values as the one version (ConflictDesk); the others are removed on every
// device with the next sync. Several documents in conflict are shown one after the other.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    readonly property ConflictDesk desk: app.conflicts
    // Values side by side where each version gets room, one under the other on a phone.
    readonly property int columns: width >= 640 && desk.versionCount > 1 ? desk.versionCount : 1
    signal done()

    objectName: "conflictPage"
    background: Rectangle { color: Theme.page }

    header: PageHeader {
        title: qsTr("Choose between versions")
        showBack: true
        onBackClicked: root.done()
    }

    Component.onCompleted: desk.open()
    // Resolved here or on another device (and pulled): nothing is left to choose.
    Connections {
        target: root.desk
        function onDocumentsChanged() {
            if (root.desk.documents.length === 0)
                root.done()
        }
    }
    Keys.onBackPressed: event => { root.done(); event.accepted = true }

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: form
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.gap

            Heading {
                objectName: "conflictDocumentTitle"
                text: root.desk.documentTitle
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "conflictIntro"
                text: qsTr("This was changed on two devices at the same time. For each field that differs, choose the value to keep. Saving keeps your choice as the one version and removes the others on every device at the next sync.")
                font.pixelSize: Theme.base
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            ResultBanner {
                objectName: "conflictProblem"
                message: root.desk.problem
                ok: false
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Keep one version whole")
                font.pixelSize: Theme.small
                font.bold: true
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Flow {
                spacing: 8
                Layout.fillWidth: true
                Repeater {
                    model: root.desk.versionCount
                    delegate: ActionButton {
                        id: whole
                        required property int index
                        objectName: "keepWholeVersion"
                        property int version: index
                        // The text's natural width, measured apart: implicitWidth would loop through the wrapping label.
                        width: Math.min(Math.ceil(wholeMetrics.advanceWidth) + leftPadding + rightPadding + 2, parent.width)
                        height: Math.max(Theme.touchTarget, implicitHeight)
                        TextMetrics { id: wholeMetrics; font: whole.font; text: whole.text }
                        contentItem: Label {
                            text: whole.text
                            font: whole.font
                            color: Theme.ink
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        text: qsTr("Choose all of version %1").arg(index + 1)
                        font.pixelSize: Theme.base
                        onClicked: root.desk.fields.chooseAll(index)
                    }
                }
            }

            Repeater {
                model: root.desk.fields
                delegate: ConflictFieldDelegate {
                    columns: root.columns
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    onVersionChosen: version => root.desk.fields.choose(index, version)
                }
            }

            Label {
                objectName: "conflictUnchanged"
                visible: root.desk.unchanged !== ""
                text: qsTr("The same in every version: %1").arg(root.desk.unchanged)
                font.pixelSize: Theme.small
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }

            GridLayout {
                columns: root.width >= 640 ? 2 : 1
                columnSpacing: 8
                rowSpacing: 8
                Layout.fillWidth: true
                ActionButton {
                    id: saveButton
                    objectName: "conflictSave"
                    text: qsTr("Save this choice")
                    font.pixelSize: Theme.base
                    font.bold: true
                    // The one step that changes data: filled, white on the accent colour (5:1).
                    background: Rectangle {
                        color: saveButton.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent
                        radius: 4
                    }
                    contentItem: Label {
                        text: saveButton.text
                        font: saveButton.font
                        color: "white"
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    Layout.minimumHeight: Theme.touchTarget
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: root.desk.save()
                }
                ActionButton {
                    id: cancelButton
                    objectName: "conflictCancel"
                    text: qsTr("Not now")
                    font.pixelSize: Theme.base
                    contentItem: Label {
                        text: cancelButton.text
                        font: cancelButton.font
                        color: Theme.ink
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    Layout.minimumHeight: Theme.touchTarget
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: root.done()
                }
            }
        }
    }
}
