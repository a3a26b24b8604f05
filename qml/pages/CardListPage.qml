import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// The coordinator's cards of the organisation: searchable by code or place, newest first, a
// card opening beside the list on a tablet or a desktop and over it on a phone. Progress shows
// only where the holder shares it. The list is a real model, so 10 000 cards scroll smoothly.
Page {
    id: root

    required property AppController app
    readonly property CardController cards: app.cards
    readonly property bool wide: width >= 900
    property string chosen: ""
    signal backRequested()
    signal cardRequested(string code)

    objectName: "cardListPage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: qsTr("Cards of the organisation")
        showBack: true
        onBackClicked: root.backRequested()
    }

    // The model reads the store only while this page shows it.
    Binding { target: root.cards.cardList; property: "active"; value: root.visible }

    function open(code) {
        chosen = code
        if (!wide)
            cardRequested(code)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            spacing: Theme.gap
            Layout.fillHeight: true
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: root.wide ? Math.max(Theme.listPaneWidth, root.width * 0.4) : root.width
            Layout.topMargin: Theme.gap

            TextField {
                id: search
                objectName: "cardSearch"
                placeholderText: qsTr("Search by code or place")
                inputMethodHints: Qt.ImhNoPredictiveText
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.base
                Accessible.name: qsTr("Search cards by code or place")
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                onTextChanged: root.cards.cardList.query = text
            }
            Label {
                objectName: "cardCount"
                text: root.cards.cardList.query !== ""
                      ? qsTr("%1 of %2 cards").arg(root.cards.cardList.count).arg(root.cards.cardList.totalCount)
                      : qsTr("%n card(s)", "", root.cards.cardList.totalCount)
                color: Theme.inkSoft
                font.pixelSize: Theme.small
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }
            ListView {
                id: list
                objectName: "cardList"
                model: root.cards.cardList
                clip: true
                reuseItems: true
                boundsBehavior: Flickable.StopAtBounds
                Layout.fillWidth: true
                Layout.fillHeight: true
                ScrollBar.vertical: ScrollBar { }
                delegate: ActionDelegate {
                    id: row
                    required property string code
                    required property string printedCode
                    required property string validUntil
                    required property string places
                    required property bool shared
                    required property int collected
                    required property int total
                    required property string revoked
                    objectName: "organisationCard"
                    width: ListView.view.width
                    highlighted: root.wide && root.chosen === code
                    text: qsTr("%1 · valid until %2 · %3").arg(Theme.isolate(printedCode)).arg(validUntil)
                              .arg(revoked !== "" ? qsTr("revoked")
                                   : !shared ? qsTr("progress kept private")
                                   : collected >= total ? qsTr("every place visited")
                                   : qsTr("%1 of %2 places").arg(collected).arg(total))
                    Accessible.name: text + ". " + places
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            text: row.text
                            font.pixelSize: Theme.base
                            color: Theme.ink
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.places
                            font.pixelSize: Theme.small
                            color: Theme.inkSoft
                            elide: Text.ElideRight
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                    }
                    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                    onClicked: root.open(code)
                }
                Label {
                    objectName: "noCardsFound"
                    visible: list.count === 0
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.gap
                    text: root.cards.cardList.query !== "" ? qsTr("No card matches “%1”.").arg(root.cards.cardList.query)
                                                           : qsTr("No cards yet.")
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.inkSoft
                }
            }
        }
        Rectangle {
            visible: root.wide
            color: Theme.line
            Layout.preferredWidth: 1
            Layout.fillHeight: true
        }
        Loader {
            active: root.wide
            visible: root.wide
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: CardDetailPage {
                app: root.app
                code: root.chosen
                showBack: false
                onOpenCard: code => root.chosen = code
            }
        }
    }
}
