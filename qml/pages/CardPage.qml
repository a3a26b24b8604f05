import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// Kijk op de Wijk: a host stamps a client's card; a card holder follows their own card; a
// coordinator sees the organisation's cards, with progress only where the holder shares it.
// What a device offers follows its roles; a device without an enrolment offers both sides.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    signal placeRequested(string initiativeId)
    readonly property CardController cards: app.cards
    readonly property var roles: app.roles
    readonly property bool worker: roles.some(r => ["buurtmaatje", "verbindingswerker", "host", "coordinator"].indexOf(r) >= 0)
    readonly property bool holder: roles.length === 0 || roles.indexOf("cardholder") >= 0
    readonly property bool coordinator: roles.indexOf("coordinator") >= 0
    property string addMessage: ""
    property bool addOk: true

    objectName: "cardPage"
    background: Rectangle { color: Theme.page }

    function openStamping() { stack.push(stampPage) }
    function openMyCard() { stack.push(myCardPage) }
    function openIssuing() { stack.push(issuePage) }
    function openCardList() { stack.push(cardListPage) }
    function openPosters() { stack.push(posterPage) }
    function openCard(code) { stack.push(cardDetailPage, { code: code }) }
    function addCard(text) {
        const result = cards.addMyCard(text)
        addOk = result.ok
        addMessage = result.message
    }

    StackView {
        id: stack
        objectName: "cardStack"
        anchors.fill: parent
        initialItem: home
    }

    Component {
        id: stampPage
        StampCardPage {
            app: root.app
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: issuePage
        IssueCardPage {
            app: root.app
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: cardListPage
        CardListPage {
            app: root.app
            onBackRequested: stack.pop()
            onCardRequested: code => root.openCard(code)
        }
    }
    Component {
        id: posterPage
        PosterPage {
            app: root.app
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: cardDetailPage
        CardDetailPage {
            app: root.app
            onBackRequested: stack.pop()
            onOpenCard: code => root.openCard(code)
        }
    }
    Component {
        id: myCardPage
        MyCardPage {
            app: root.app
            onBackRequested: stack.pop()
            onPlaceRequested: initiativeId => root.placeRequested(initiativeId)
        }
    }

    Component {
        id: home
        Page {
            Accessible.ignored: true  // a container, not a page tab
            background: Rectangle { color: Theme.page }
            header: PageHeader { title: qsTr("Kijk op de Wijk") }

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

                    // The holder's own card, or a way to add it.
                    ColumnLayout {
                        visible: root.holder || root.cards.hasMyCard
                        spacing: Theme.gap
                        Layout.fillWidth: true

                        Heading {
                            text: qsTr("My card")
                            font.pixelSize: Theme.heading
                            font.bold: true
                            color: Theme.ink
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                            Accessible.role: Accessible.Heading
                        }
                        ActionButton {
                            objectName: "openMyCard"
                            visible: root.cards.hasMyCard
                            readonly property var card: root.cards.myCard
                            text: card.complete ? qsTr("Every place visited. Open my card")
                                                : qsTr("%1 of %2 places stamped. Open my card").arg(card.collected || 0).arg(card.total || 0)
                            font.pixelSize: Theme.base
                            implicitHeight: Theme.touchTarget * 1.2
                            Accessible.name: text
                            Layout.fillWidth: true
                            onClicked: root.openMyCard()
                        }
                        Label {
                            visible: !root.cards.hasMyCard
                            text: qsTr("Got a Kijk op de Wijk card? Add it to follow your stamps. Type the code under the QR code, or scan it.")
                            wrapMode: Text.Wrap
                            color: Theme.inkSoft
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                        ScanOrType {
                            objectName: "addMyCard"
                            visible: !root.cards.hasMyCard
                            scanning: root.visible && visible
                            Layout.fillWidth: true
                            onSubmitted: text => { root.addCard(text); if (root.addOk) clear() }
                        }
                        ResultBanner {
                            objectName: "addCardResult"
                            message: root.addMessage
                            ok: root.addOk
                            Layout.fillWidth: true
                        }
                    }

                    // Hosts and other workers stamp clients' cards.
                    ColumnLayout {
                        visible: root.worker || root.roles.length === 0
                        spacing: Theme.gap
                        Layout.fillWidth: true
                        Heading {
                            text: qsTr("At your initiative")
                            font.pixelSize: Theme.heading
                            font.bold: true
                            color: Theme.ink
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                            Accessible.role: Accessible.Heading
                        }
                        ActionButton {
                            objectName: "openStamping"
                            text: qsTr("Stamp a card")
                            font.pixelSize: Theme.heading
                            implicitHeight: Theme.touchTarget * 1.3
                            Accessible.name: text
                            Layout.fillWidth: true
                            onClicked: root.openStamping()
                        }
                    }

                    // The organisation's cards: progress only where the holder shares it.
                    ColumnLayout {
                        visible: root.coordinator
                        spacing: 6
                        Layout.fillWidth: true
                        Heading {
                            text: qsTr("Cards of the organisation")
                            font.pixelSize: Theme.heading
                            font.bold: true
                            color: Theme.ink
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                            Accessible.role: Accessible.Heading
                        }
                        ActionButton {
                            objectName: "openIssuing"
                            text: qsTr("Issue a card")
                            enabled: root.cards.canIssue
                            font.pixelSize: Theme.heading
                            implicitHeight: Theme.touchTarget * 1.3
                            Accessible.name: text
                            Layout.fillWidth: true
                            onClicked: root.openIssuing()
                        }
                        Label {
                            visible: !root.cards.canIssue
                            text: qsTr("Cards are issued through the server: join your organisation on the Sync page first.")
                            wrapMode: Text.Wrap
                            color: Theme.inkSoft
                            font.pixelSize: Theme.small
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                        ActionButton {
                            objectName: "openCardList"
                            text: qsTr("Search, reprint, extend or revoke cards")
                            font.pixelSize: Theme.base
                            implicitHeight: Theme.touchTarget * 1.2
                            Accessible.name: text
                            Layout.fillWidth: true
                            onClicked: root.openCardList()
                        }
                        ActionButton {
                            objectName: "openPosters"
                            text: qsTr("Print posters")
                            font.pixelSize: Theme.base
                            implicitHeight: Theme.touchTarget * 1.2
                            Accessible.name: text
                            Layout.fillWidth: true
                            onClicked: root.openPosters()
                        }
                    }
                }
            }
        }
    }
}
