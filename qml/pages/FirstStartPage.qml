import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui
import Buurtbrug.App

// The first start of a phone that has not joined: join the organisation, or look around
// with an invented neighbourhood that is marked as a sample everywhere and goes when the
// phone joins. Nothing is loaded until the person chooses.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    signal joinChosen()

    objectName: "firstStartPage"
    background: Rectangle { color: Theme.page }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.gap
        clip: true

        ColumnLayout {
            id: column
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.gap

            // The language first: nothing else can be read without it.
            Flow {
                objectName: "firstStartLanguages"
                spacing: 4
                Layout.fillWidth: true
                Repeater {
                    model: root.app.languages
                    delegate: ActionButton {
                        required property var modelData
                        text: modelData.name
                        flat: modelData.code !== root.app.language
                        highlighted: modelData.code === root.app.language
                        font.pixelSize: Theme.base
                        height: Theme.touchTarget
                        Accessible.name: modelData.name
                        Accessible.role: Accessible.Button
                        onClicked: root.app.setLanguage(modelData.code)
                    }
                }
            }
            Heading {
                text: qsTr("Welcome to Buurtbrug")
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("Join your organisation with the invite from your coordinator, to see and log what is real.")
                wrapMode: Text.Wrap
                color: Theme.inkSoft
                font.pixelSize: Theme.base
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "chooseJoin"
                text: qsTr("Join my organisation")
                highlighted: true
                font.pixelSize: Theme.heading
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
                Accessible.role: Accessible.Button
                onClicked: {
                    root.app.sample.chooseJoin()
                    root.joinChosen()
                }
            }
            Label {
                text: qsTr("Or look around first: a sample neighbourhood with invented places and logs. It stays on this phone, is marked as a sample on every screen, and is removed when the phone joins.")
                wrapMode: Text.Wrap
                color: Theme.inkSoft
                font.pixelSize: Theme.base
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
            }
            ActionButton {
                objectName: "chooseSample"
                text: qsTr("Look around with a sample neighbourhood")
                font.pixelSize: Theme.heading
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                contentItem: Label {
                    text: parent.text
                    font: parent.font
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    color: Theme.ink
                }
                Accessible.name: text
                Accessible.role: Accessible.Button
                onClicked: problem.message = root.app.sample.lookAround()
            }
            ResultBanner {
                id: problem
                objectName: "sampleProblem"
                ok: false
                Layout.fillWidth: true
            }
        }
    }
}
