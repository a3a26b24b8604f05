import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// A host at the door: the place they stamp for (remembered on the phone), then the client's
// card scanned or its code typed; the answer stays on screen until the next card.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    readonly property CardController cards: app.cards
    property string message: ""
    property bool ok: true
    signal backRequested()

    objectName: "stampCardPage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: qsTr("Stamp a card")
        showBack: true
        onBackClicked: root.backRequested()
    }

    function stamp(text) {
        const result = cards.stampCard(text)
        ok = result.ok
        message = result.message
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

            Label {
                text: qsTr("Stamping for")
                color: Theme.inkSoft
                font.pixelSize: Theme.small
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            ComboBox {
                id: placeBox
                objectName: "stampPlace"
                readonly property var places: root.cards.stampPlaces()
                model: places
                textRole: "name"
                valueRole: "id"
                displayText: currentIndex >= 0 ? Theme.isolate(currentText) : qsTr("Choose the place")
                // Rows a thumb can hit: the style's default rows are under 30 px.
                delegate: ActionDelegate {
                    required property var modelData
                    required property int index
                    objectName: "stampPlaceOption"
                    width: ListView.view.width
                    height: Math.max(Theme.touchTarget, implicitHeight)
                    text: Theme.isolate(modelData.name)
                    font.pixelSize: Theme.base
                    highlighted: placeBox.highlightedIndex === index
                    Accessible.name: modelData.name
                }
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.base
                Accessible.name: qsTr("Stamping for")
                // A screen reader's Press opens the list, as a tap does (Qt 6.4 offers none).
                Accessible.onPressAction: popup.open()
                // The style's text inside repeats the choice without a name: the combo says it.
                Component.onCompleted: {
                    currentIndex = indexOfValue(root.cards.stampingFor)
                    contentItem.Accessible.ignored = true
                }
                FocusRing { }
                Layout.fillWidth: true
                onActivated: root.cards.stampingFor = currentValue
                // Qt 6.4 crashes when a combo box whose list was opened is destroyed with its page
                // (popped off the card section's StackView): its delegates are reparented from
                // an item already gone. Emptied first, they go while their list still exists.
                Connections {
                    target: root.StackView
                    function onRemoved() { placeBox.popup.close(); placeBox.model = [] }
                }
            }

            ScanOrType {
                objectName: "stampScanOrType"
                scanning: root.visible && root.cards.stampingFor !== ""
                Layout.fillWidth: true
                onSubmitted: text => { root.stamp(text); if (root.ok) clear() }
            }

            ResultBanner {
                objectName: "stampResult"
                message: root.message
                ok: root.ok
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Each card gets one stamp per place per day. The card is checked on this phone; no network is needed.")
                wrapMode: Text.Wrap
                color: Theme.inkSoft
                font.pixelSize: Theme.small
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
        }
    }
}
