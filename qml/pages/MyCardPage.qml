import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// The holder's own card: how many places are stamped, where to go today, every place with its
// stamp, a poster scan to stamp it themselves, and their say over what the referrer sees.
// Calm on purpose: no countdowns, no red.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    readonly property CardController cards: app.cards
    readonly property var card: cards.myCard
    property string message: ""
    property bool ok: true
    property bool scanningPoster: false
    signal backRequested()
    // The holder wants to see a place of the card (its details in the directory).
    signal placeRequested(string initiativeId)

    objectName: "myCardPage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: qsTr("My card")
        showBack: true
        onBackClicked: root.backRequested()
    }

    function stampWithPoster(text) {
        const result = cards.stampWithPoster(text)
        ok = result.ok
        message = result.message
        scanningPoster = false
    }
    function share(allowed) {
        const problem = cards.setShareProgress(allowed)
        ok = problem === ""
        message = problem !== "" ? problem
                : allowed ? qsTr("Your referrer can see which places you visited.")
                          : qsTr("Your progress is private again. Your referrer no longer sees it.")
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

            Heading {
                objectName: "myCardProgress"
                text: root.card.complete ? qsTr("You visited every place on your card. Well done!")
                                         : qsTr("%1 of %2 places stamped").arg(root.card.collected || 0).arg(root.card.total || 0)
                font.pixelSize: Theme.title
                font.bold: true
                color: root.card.complete ? Theme.accent : Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("Card %1 · valid until %2").arg(Theme.isolate(root.card.code || "")).arg(root.card.validUntil || "")
                color: Theme.inkSoft
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Label {
                visible: root.card.expired === true
                text: qsTr("This card has ended. Your referrer can give you a new one.")
                wrapMode: Text.Wrap
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }

            // Where to go next, today.
            Rectangle {
                objectName: "nextVisit"
                visible: root.card.next !== undefined && root.card.next.id !== undefined
                color: Theme.accentSoft
                radius: 8
                implicitHeight: nextColumn.implicitHeight + 2 * Theme.gap
                Layout.fillWidth: true
                ColumnLayout {
                    id: nextColumn
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: 4
                    Label {
                        text: root.card.next && root.card.next.time
                              ? qsTr("Open today: %1 at %2").arg(Theme.isolate(root.card.next.name)).arg(root.card.next.time)
                              : qsTr("Open today: %1").arg(Theme.isolate(root.card.next ? root.card.next.name || "" : ""))
                        font.pixelSize: Theme.base
                        font.bold: true
                        color: Theme.ink
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    WalkingLine {
                        // Without a position the next place has no distance: no walking line then.
                        distance: root.card.next && root.card.next.distance !== undefined ? root.card.next.distance : -1
                        minutes: root.card.next && root.card.next.minutes !== undefined ? root.card.next.minutes : -1
                        Layout.fillWidth: true
                    }
                    ActionButton {
                        objectName: "openNextPlace"
                        text: qsTr("Show this place")
                        Layout.minimumHeight: Theme.touchTarget
                        Accessible.name: qsTr("Show %1").arg(root.card.next ? root.card.next.name || "" : "")
                        Accessible.role: Accessible.Button
                        onClicked: root.placeRequested(root.card.next.id)
                    }
                }
            }

            Repeater {
                model: root.card.places || []
                delegate: StampRow {
                    required property var modelData
                    objectName: "cardPlace"
                    name: modelData.name
                    address: modelData.address
                    stamped: modelData.stamped
                    pending: modelData.pending
                    lastVisit: modelData.lastVisit
                    photoSource: "image://photos/first/" + encodeURIComponent(modelData.id) + "?v=" + root.app.directoryRevision
                    Layout.fillWidth: true
                }
            }

            ActionButton {
                objectName: "scanPoster"
                visible: !root.scanningPoster && root.card.expired !== true
                text: qsTr("Stamp with the poster's code")
                font.pixelSize: Theme.base
                implicitHeight: Theme.touchTarget * 1.2
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: root.scanningPoster = true
            }
            ScanOrType {
                objectName: "posterScan"
                visible: root.scanningPoster
                typing: false
                cameraOn: true // the person asked for it with the button above
                scanning: root.scanningPoster && root.visible
                Layout.fillWidth: true
                onSubmitted: text => { root.stampWithPoster(text); if (root.ok) clear() }
            }
            ResultBanner {
                objectName: "myCardResult"
                message: root.message
                ok: root.ok
                Layout.fillWidth: true
            }

            // The holder's say: off unless they turn it on.
            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true
                Label {
                    text: qsTr("My referrer may see which places I visited")
                    wrapMode: Text.Wrap
                    color: Theme.ink
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                ActionSwitch {
                    objectName: "shareProgress"
                    checked: root.card.shareProgress === true
                    enabled: root.card.shareKnown === true
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("My referrer may see which places I visited")
                    onToggled: root.share(checked)
                }
            }
            Label {
                visible: root.card.shareKnown !== true
                text: qsTr("You can change this once your card has synced to this phone.")
                wrapMode: Text.Wrap
                color: Theme.inkSoft
                font.pixelSize: Theme.small
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
        }
    }
}
