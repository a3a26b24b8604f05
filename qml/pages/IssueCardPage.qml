import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// A referrer issues a Kijk op de Wijk card during a conversation: the places to visit, how long
// it is valid, the holder's language and whether the holder lets the referrer see progress.
// No name, no diagnosis. The server signs it; the holder scans the code off this screen.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    readonly property CardController cards: app.cards
    property var chosen: []
    property var issued: ({})
    property string message: ""
    signal backRequested()

    objectName: "issueCardPage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: qsTr("Issue a card")
        showBack: true
        onBackClicked: root.backRequested()
    }

    function toggle(id, on) {
        const list = chosen.filter(x => x !== id)
        if (on)
            list.push(id)
        chosen = list
    }
    // The server answers later (cards.issuing meanwhile), through issueFinished.
    function issue() {
        message = ""
        cards.issueCard(chosen, monthsBox.currentValue, languageBox.currentValue, shareSwitch.checked)
    }
    Connections {
        target: root.cards
        function onIssueFinished(result) {
            root.message = result.message
            root.issued = result.ok ? result : ({})
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

            // What happened first: when a card was issued it names the card and points down to its
            // code ("scan the code below"), so the banner sits above the QR code.
            ResultBanner {
                objectName: "issueResult"
                message: root.message
                ok: root.issued.ok === true
                Layout.fillWidth: true
            }

            // The new card, to scan with the holder's phone or to write down.
            ColumnLayout {
                visible: root.issued.ok === true
                spacing: Theme.gap
                Layout.fillWidth: true
                QrCodeItem {
                    objectName: "issuedQr"
                    text: root.issued.payload || ""
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.min(content.width, 320)
                    Layout.preferredHeight: Layout.preferredWidth
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR code of card %1").arg(root.issued.code || "")
                }
                Label {
                    objectName: "issuedCode"
                    text: root.issued.code || ""
                    LayoutMirroring.enabled: false
                    font.pixelSize: Theme.title
                    font.letterSpacing: 3
                    font.bold: true
                    // Large for reading it out to the holder: a value, not a heading.
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    color: Theme.ink
                    Layout.alignment: Qt.AlignHCenter
                }
                ActionButton {
                    objectName: "issueAnother"
                    text: qsTr("Issue another card")
                    implicitHeight: Theme.touchTarget
                    Accessible.name: text
                    Layout.fillWidth: true
                    onClicked: { root.issued = ({}); root.message = ""; root.chosen = [] }
                }
            }

            ColumnLayout {
                visible: root.issued.ok !== true
                spacing: Theme.gap
                Layout.fillWidth: true

                ActionButton {
                    objectName: "issueLikeLast"
                    readonly property var places: root.visible ? root.cards.lastCardPlaces(root.cards.revision) : []
                    visible: places.length > 0
                    text: qsTr("The same places as the last card")
                    implicitHeight: Theme.touchTarget
                    Accessible.name: text
                    Layout.fillWidth: true
                    onClicked: root.chosen = places.slice()
                }
                Heading {
                    text: qsTr("Places to visit")
                    font.pixelSize: Theme.heading
                    font.bold: true
                    color: Theme.ink
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
                Repeater {
                    model: root.visible ? root.cards.stampPlaces() : []
                    delegate: CheckBox {
                        required property var modelData
                        objectName: "issuePlace"
                        text: Theme.isolate(modelData.name)
                        checked: root.chosen.indexOf(modelData.id) >= 0
                        implicitHeight: Theme.touchTarget
                        Accessible.name: modelData.name
                        Layout.fillWidth: true
                        onToggled: root.toggle(modelData.id, checked)
                    }
                }
                Label {
                    text: qsTr("Valid for")
                    color: Theme.inkSoft
                    font.pixelSize: Theme.small
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                ComboBox {
                    id: monthsBox
                    objectName: "issueMonths"
                    textRole: "text"
                    valueRole: "months"
                    model: [{ months: 1, text: qsTr("%n month(s)", "", 1) }, { months: 3, text: qsTr("%n month(s)", "", 3) },
                            { months: 6, text: qsTr("%n month(s)", "", 6) }]
                    currentIndex: 1
                    delegate: ActionDelegate {
                        required property var modelData
                        required property int index
                        objectName: "issueMonthsOption"
                        width: ListView.view.width
                        height: Math.max(Theme.touchTarget, implicitHeight)
                        text: modelData.text
                        font.pixelSize: Theme.base
                        highlighted: monthsBox.highlightedIndex === index
                        Accessible.name: text
                    }
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Valid for")
                    // Press opens the list (Qt 6.4 offers none); the inner text is the combo's.
                    Accessible.onPressAction: popup.open()
                    Component.onCompleted: contentItem.Accessible.ignored = true
                    FocusRing { }
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("The holder's language")
                    color: Theme.inkSoft
                    font.pixelSize: Theme.small
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                ComboBox {
                    id: languageBox
                    objectName: "issueLanguage"
                    model: root.app.languages
                    textRole: "name"
                    valueRole: "code"
                    delegate: ActionDelegate {
                        required property var modelData
                        required property int index
                        objectName: "issueLanguageOption"
                        width: ListView.view.width
                        height: Math.max(Theme.touchTarget, implicitHeight)
                        text: modelData.name
                        font.pixelSize: Theme.base
                        highlighted: languageBox.highlightedIndex === index
                        Accessible.name: text
                    }
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("The holder's language")
                    Accessible.onPressAction: popup.open()
                    FocusRing { }
                    Layout.fillWidth: true
                    Component.onCompleted: {
                        currentIndex = Math.max(0, indexOfValue(root.app.language))
                        contentItem.Accessible.ignored = true
                    }
                }
                RowLayout {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("The holder lets me see which places they visited")
                        wrapMode: Text.Wrap
                        color: Theme.ink
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    ActionSwitch {
                        id: shareSwitch
                        objectName: "issueShare"
                        implicitHeight: Theme.touchTarget
                        Accessible.name: qsTr("The holder lets me see which places they visited")
                    }
                }
                Label {
                    text: qsTr("Ask the holder; they can change this later on their own card.")
                    wrapMode: Text.Wrap
                    color: Theme.inkSoft
                    font.pixelSize: Theme.small
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                // Waiting for the server: said, and can be stopped.
                ColumnLayout {
                    objectName: "issueBusy"
                    visible: root.cards.issuing
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    RowLayout {
                        spacing: Theme.gap
                        Layout.fillWidth: true
                        BusyIndicator {
                            running: parent.visible
                            implicitWidth: Theme.touchTarget
                            implicitHeight: Theme.touchTarget
                        }
                        Label {
                            text: qsTr("Issuing: waiting for the server…")
                            wrapMode: Text.Wrap
                            color: Theme.ink
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                        }
                    }
                    ActionButton {
                        objectName: "issueCancel"
                        text: qsTr("Cancel")
                        implicitHeight: Theme.touchTarget
                        Accessible.name: qsTr("Cancel issuing the card")
                        onClicked: root.cards.cancelIssue()
                    }
                }
                ActionButton {
                    objectName: "issueCard"
                    text: qsTr("Issue the card")
                    enabled: root.chosen.length > 0 && !root.cards.issuing
                    font.pixelSize: Theme.heading
                    implicitHeight: Theme.touchTarget * 1.2
                    Accessible.name: text
                    Layout.fillWidth: true
                    onClicked: root.issue()
                }
            }
        }
    }
}
