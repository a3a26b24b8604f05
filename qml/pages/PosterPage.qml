import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// A coordinator prints the posters of the organisation's places, in the app's language: a
// holder scans one at the door to stamp their own card. The server signs them (it holds the
// key); the PDF opens in the platform's viewer.
Page {
    id: root

    required property AppController app
    readonly property CardController cards: app.cards
    property var chosen: []
    property string message: ""
    property bool messageOk: true
    signal backRequested()

    objectName: "posterPage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: qsTr("Print posters")
        showBack: true
        onBackClicked: root.backRequested()
    }

    function toggle(id, on) {
        const list = chosen.filter(x => x !== id)
        if (on)
            list.push(id)
        chosen = list
    }
    Connections {
        target: root.cards
        function onPostersFinished(result) {
            root.messageOk = result.ok
            root.message = result.message
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight + Theme.gap * 2
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: content
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.gap

            ResultBanner {
                objectName: "posterResult"
                message: root.message
                ok: root.messageOk
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("A card holder scans the poster at the door to stamp their own card.")
                wrapMode: Text.Wrap
                color: Theme.inkSoft
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Repeater {
                model: root.visible ? root.cards.stampPlaces() : []
                delegate: CheckBox {
                    required property var modelData
                    objectName: "posterPlace"
                    text: Theme.isolate(modelData.name)
                    checked: root.chosen.indexOf(modelData.id) >= 0
                    implicitHeight: Theme.touchTarget
                    font.pixelSize: Theme.base
                    Accessible.name: modelData.name
                    Layout.fillWidth: true
                    onToggled: root.toggle(modelData.id, checked)
                    // A screen reader's Toggle or Press, and Enter, choose it like a tap (Qt 6.4
                    // would only flip the box: docs/ACCESSIBILITY.md).
                    function flip() { toggle(); toggled() }
                    Accessible.onToggleAction: flip()
                    Accessible.onPressAction: flip()
                    Keys.onReturnPressed: flip()
                    Keys.onEnterPressed: flip()
                    FocusRing { }
                }
            }
            Label {
                visible: !root.cards.canIssue
                text: qsTr("Posters are signed by the server: join your organisation on the Sync page first.")
                wrapMode: Text.Wrap
                color: Theme.inkSoft
                font.pixelSize: Theme.small
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "printPosters"
                text: qsTr("Print %n poster(s)", "", root.chosen.length)
                enabled: root.chosen.length > 0 && root.cards.canIssue && !root.cards.changing
                font.pixelSize: Theme.heading
                implicitHeight: Theme.touchTarget * 1.2
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: { root.message = ""; root.cards.printPosters(root.chosen) }
            }
            BusyIndicator {
                visible: root.cards.changing
                running: visible
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Layout.alignment: Qt.AlignHCenter
            }
        }
    }
}
