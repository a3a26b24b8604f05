import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// One card of the organisation on the coordinator's desk: its validity and places, progress
// only where the holder shares it, and what can be done with it: reprint (A6 or credit card,
// offline, from what the device holds), extend, revoke a lost card (after a confirmation that
// names it) and issue a replacement that keeps the stamps (those three through the server).
Page {
    id: root

    required property AppController app
    property string code: ""
    property bool showBack: true
    readonly property CardController cards: app.cards
    readonly property var card: code !== "" ? cards.cardDetails(code, cards.revision) : ({})
    readonly property bool inUse: card.code !== undefined && card.revoked === ""
    property string message: ""
    property bool messageOk: true
    signal backRequested()
    signal openCard(string code)

    objectName: "cardDetailPage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: root.card.display ? qsTr("Card %1").arg(Theme.isolate(root.card.display.replace(/-/g, "\u2011"))) : qsTr("Card")
        showBack: root.showBack
        onBackClicked: root.backRequested()
    }
    onCodeChanged: message = ""

    function reprint(format) {
        const result = cards.reprintCard(code, format)
        messageOk = result.ok
        message = result.message
    }
    function change(action) {
        message = ""
        cards.changeCard(code, action, monthsBox.currentValue)
    }
    Connections {
        target: root.cards
        function onChangeFinished(result) {
            if (result.code !== root.card.code)
                return
            root.messageOk = result.ok
            root.message = result.message
        }
    }

    Label {
        objectName: "noCardChosen"
        visible: root.card.code === undefined
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.gap
        text: qsTr("Choose a card in the list.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: Theme.inkSoft
    }

    Flickable {
        visible: root.card.code !== undefined
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
                objectName: "cardDetailResult"
                message: root.message
                ok: root.messageOk
                Layout.fillWidth: true
            }
            // The card's code is this page's title.
            Heading {
                objectName: "cardDetailCode"
                text: root.card.display || ""
                LayoutMirroring.enabled: false
                font.pixelSize: Theme.title
                font.letterSpacing: 3
                font.bold: true
                color: Theme.ink
                Layout.alignment: Qt.AlignHCenter
            }
            FactRow {
                label: qsTr("Valid")
                value: qsTr("%1 to %2").arg(root.card.validFrom || "").arg(root.card.validUntil || "")
                Layout.fillWidth: true
            }
            FactRow {
                label: qsTr("Places")
                value: (root.card.places || []).map(name => Theme.isolate(name)).join(", ")
                Layout.fillWidth: true
            }
            FactRow {
                objectName: "cardDetailProgress"
                label: qsTr("Progress")
                value: !root.card.shared ? qsTr("The holder keeps progress private.")
                                         : qsTr("%1 of %2 places visited").arg(root.card.collected).arg(root.card.total)
                Layout.fillWidth: true
            }
            Label {
                objectName: "cardDetailRevoked"
                visible: !root.inUse
                text: root.card.replacedBy ? qsTr("Revoked on %1; replaced by card %2.").arg(root.card.revoked).arg(root.card.replacedBy)
                                           : qsTr("Revoked on %1: it takes no stamps.").arg(root.card.revoked)
                wrapMode: Text.Wrap
                font.bold: true
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "openReplacement"
                visible: !!root.card.replacedBy
                text: qsTr("Open card %1").arg(root.card.replacedBy || "")
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.base
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: root.openCard(root.card.replacedBy)
            }

            Heading {
                text: qsTr("Print")
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                visible: !root.card.canReprint
                text: qsTr("This device does not hold this card's signed code, so it cannot be reprinted here. Issue a replacement instead.")
                wrapMode: Text.Wrap
                color: Theme.inkSoft
                font.pixelSize: Theme.small
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            GridLayout {
                columns: content.width > 520 ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                Layout.fillWidth: true
                ActionButton {
                    objectName: "reprintA6"
                    text: qsTr("Print as A6 card")
                    enabled: root.inUse && root.card.canReprint === true
                    implicitHeight: Theme.touchTarget
                    font.pixelSize: Theme.base
                    Accessible.name: text
                    Layout.fillWidth: true
                    onClicked: root.reprint("a6")
                }
                ActionButton {
                    objectName: "reprintCreditCard"
                    text: qsTr("Print as credit card")
                    enabled: root.inUse && root.card.canReprint === true
                    implicitHeight: Theme.touchTarget
                    font.pixelSize: Theme.base
                    Accessible.name: text
                    Layout.fillWidth: true
                    onClicked: root.reprint("credit-card")
                }
            }

            Heading {
                visible: root.inUse
                text: qsTr("Change the card")
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                visible: root.inUse && !root.cards.canIssue
                text: qsTr("Cards are changed through the server: join your organisation on the Sync page first.")
                wrapMode: Text.Wrap
                color: Theme.inkSoft
                font.pixelSize: Theme.small
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            RowLayout {
                visible: root.inUse
                spacing: Theme.gap
                Layout.fillWidth: true
                ComboBox {
                    id: monthsBox
                    objectName: "extendMonths"
                    textRole: "text"
                    valueRole: "months"
                    model: [{ months: 1, text: qsTr("%n month(s)", "", 1) }, { months: 3, text: qsTr("%n month(s)", "", 3) },
                            { months: 6, text: qsTr("%n month(s)", "", 6) }]
                    currentIndex: 1
                    delegate: ActionDelegate {
                        required property var modelData
                        required property int index
                        width: ListView.view.width
                        height: Math.max(Theme.touchTarget, implicitHeight)
                        text: modelData.text
                        font.pixelSize: Theme.base
                        highlighted: monthsBox.highlightedIndex === index
                        Accessible.name: text
                    }
                    implicitHeight: Theme.touchTarget
                    font.pixelSize: Theme.base
                    Accessible.name: qsTr("Extend by")
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "extendCard"
                    text: qsTr("Extend")
                    enabled: root.cards.canIssue && !root.cards.changing
                    implicitHeight: Theme.touchTarget
                    font.pixelSize: Theme.base
                    Accessible.name: qsTr("Extend the card by %1").arg(monthsBox.currentText)
                    onClicked: root.change("extend")
                }
            }
            ActionButton {
                objectName: "replaceCard"
                visible: root.inUse
                text: qsTr("Issue a replacement that keeps the stamps")
                enabled: root.cards.canIssue && !root.cards.changing
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.base
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: root.change("replace")
            }
            ActionButton {
                objectName: "revokeCard"
                visible: root.inUse
                text: qsTr("Revoke a lost card")
                enabled: root.cards.canIssue && !root.cards.changing
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.base
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: confirmRevoke.open()
            }
            BusyIndicator {
                objectName: "cardChanging"
                visible: root.cards.changing
                running: visible
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.base
                Layout.alignment: Qt.AlignHCenter
            }
        }
    }

    // The confirmation names the card and what revoking does; "Keep the card" changes nothing.
    Popup {
        id: confirmRevoke
        objectName: "confirmRevoke"
        readonly property string title: qsTr("Revoke card %1?").arg(root.card.display || "")
        function accept() { close(); root.change("revoke") }
        modal: true
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.gap, 480)
        padding: Theme.gap * 1.5
        background: Rectangle { color: Theme.page; radius: 8; border.color: Theme.line }
        contentItem: ColumnLayout {
            spacing: Theme.gap
            Heading {
                text: confirmRevoke.title
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("Card %1 will take no more stamps, on any phone, after the next sync. Its stamps stay. This cannot be undone: to give the holder a new card with these stamps, choose a replacement instead.").arg(root.card.display || "")
                wrapMode: Text.Wrap
                color: Theme.ink
                font.pixelSize: Theme.base
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "confirmRevokeYes"
                text: qsTr("Revoke")
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.base
                Accessible.name: qsTr("Revoke card %1").arg(root.card.display || "")
                Layout.fillWidth: true
                onClicked: confirmRevoke.accept()
            }
            ActionButton {
                objectName: "confirmRevokeNo"
                text: qsTr("Keep the card")
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.base
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: confirmRevoke.close()
            }
        }
    }
}
