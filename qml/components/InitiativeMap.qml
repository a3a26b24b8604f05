import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import Buurtbrug.App

// The initiatives of the list (its search and filters) on a map with the reader's position.
// Drag to move, the wheel, a pinch or the +/- buttons to zoom; a tap on a place chooses it as
// the list does. Tiles come from the device (cache, tile pack) or the deployment's tile server;
// the attribution is always shown. The map never mirrors; its controls do.
Item {
    id: root

    required property AppController app
    property string selectedId
    signal initiativeChosen(string initiativeId)

    readonly property alias map: map
    // The map's buttons: 48 px or more, growing more slowly than text buttons (a sign, not a
    // word, sits in them), so a phone at large text keeps room for the map.
    readonly property int buttonSize: Math.max(48, Math.round(Theme.base * 2.4))
    clip: true

    MapView {
        id: map
        objectName: "mapView"
        anchors.fill: parent
        tiles: root.app.mapTiles
        activeFocusOnTab: true
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Map of the initiatives")
        Accessible.description: qsTr("Drag to move the map. The list shows every place.")
        Component.onCompleted: centreOn(root.app.position.latitude, root.app.position.longitude)
        Keys.onLeftPressed: pan(64, 0)
        Keys.onRightPressed: pan(-64, 0)
        Keys.onUpPressed: pan(0, 64)
        Keys.onDownPressed: pan(0, -64)
        Keys.onPressed: event => {
            if (event.text === "+" || event.text === "=") {
                zoomAround(1, width / 2, height / 2)
                event.accepted = true
            } else if (event.text === "-") {
                zoomAround(-1, width / 2, height / 2)
                event.accepted = true
            }
        }
        FocusRing { }
    }

    // Drag to move, wheel to zoom; a pinch zooms around the fingers.
    PinchArea {
        anchors.fill: map
        property real lastScale: 1
        onPinchStarted: lastScale = 1
        onPinchUpdated: pinch => {
            map.zoomAround(Math.log2(pinch.scale / lastScale), pinch.center.x, pinch.center.y)
            lastScale = pinch.scale
        }
        MouseArea {
            objectName: "mapDrag"
            anchors.fill: parent
            preventStealing: true
            property point last
            onPressed: mouse => last = Qt.point(mouse.x, mouse.y)
            onPositionChanged: mouse => {
                map.pan(mouse.x - last.x, mouse.y - last.y)
                last = Qt.point(mouse.x, mouse.y)
            }
            onWheel: wheel => map.zoomAround(wheel.angleDelta.y / 240, wheel.x, wheel.y)
        }
    }

    // The reader's position: a dot, with a ring as large as the fix is rough.
    Item {
        id: here
        objectName: "mapPosition"
        visible: root.app.position.hasFix
        readonly property point world: map.project(root.app.position.latitude, root.app.position.longitude)
        x: world.x * map.worldSize - map.originX
        y: world.y * map.worldSize - map.originY
        Accessible.ignored: true
        Rectangle {
            readonly property real radiusPixels: Math.max(10, root.app.position.accuracy / map.metresPerPixel)
            x: -radiusPixels
            y: -radiusPixels
            width: 2 * radiusPixels
            height: width
            radius: radiusPixels
            color: "#332f6fd6"
            border.color: "#2f6fd6"
            border.width: 1
        }
        Rectangle {
            x: -8
            y: -8
            width: 16
            height: 16
            radius: 8
            color: "#2f6fd6"
            border.color: "white"
            border.width: 3
        }
    }

    Repeater {
        model: root.app.initiatives
        delegate: MapMarker {
            id: marker
            required property string initiativeId
            required property string address
            required property bool hasPosition
            required property real latitude
            required property real longitude
            required property string name
            readonly property point world: map.project(latitude, longitude)
            objectName: "mapMarker_" + initiativeId
            x: world.x * map.worldSize - map.originX - width / 2
            y: world.y * map.worldSize - map.originY - height / 2
            // Whole or not at all: a touch target half off the map would be half a target.
            visible: hasPosition && x >= 0 && x + width <= root.width && y >= 0 && y + height <= root.height
            z: selected ? 2 : 1
            placeName: name
            placeAddress: address
            selected: initiativeId === root.selectedId
            onClicked: root.initiativeChosen(initiativeId)
        }
    }

    // Zoom, and back to where the reader is: at the trailing edge, above the attribution; in a
    // row when the map is too short for a column (large text on a phone).
    Grid {
        z: 10 // above the markers
        anchors.right: parent.right
        anchors.bottom: attribution.top
        anchors.margins: Theme.gap
        spacing: 8
        columns: 3 * root.buttonSize + 2 * spacing + 2 * Theme.gap + attribution.height > root.height ? 3 : 1
        ActionButton {
            objectName: "zoomIn"
            width: root.buttonSize
            height: root.buttonSize
            text: "+"
            font.pixelSize: Theme.heading
            Accessible.name: qsTr("Zoom in")
            enabled: map.zoom < map.maxZoom
            onClicked: map.zoomAround(1, map.width / 2, map.height / 2)
        }
        ActionButton {
            objectName: "zoomOut"
            width: root.buttonSize
            height: root.buttonSize
            text: "\u2212"
            font.pixelSize: Theme.heading
            Accessible.name: qsTr("Zoom out")
            enabled: map.zoom > map.minZoom
            onClicked: map.zoomAround(-1, map.width / 2, map.height / 2)
        }
        ActionButton {
            objectName: "showMyPosition"
            width: root.buttonSize
            height: root.buttonSize
            text: "\u25ce"
            font.pixelSize: Theme.heading
            Accessible.name: qsTr("Show my position")
            onClicked: map.centreOn(root.app.position.latitude, root.app.position.longitude)
        }
    }

    // Nothing to draw the streets with: say so calmly; the places are still shown.
    Label {
        objectName: "mapNoTiles"
        z: 10
        visible: !root.app.mapTiles.available
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.gap
        padding: 8
        text: qsTr("No map pictures on this phone yet: the places are shown without streets. The list has every place.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.small
        color: Theme.ink
        horizontalAlignment: Text.AlignLeft
        background: Rectangle { color: Theme.note; radius: 6 }
    }

    // The tile server's terms: always in sight.
    Label {
        id: attribution
        objectName: "mapAttribution"
        z: 10
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        padding: 4
        text: root.app.mapTiles.attribution !== ""
              ? qsTr("Map: %1").arg(Theme.isolate(root.app.mapTiles.attribution))
              : qsTr("Map: no tile source")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallest
        color: Theme.ink
        horizontalAlignment: Text.AlignLeft
        background: Rectangle { color: "#ddffffff" }
    }
}
