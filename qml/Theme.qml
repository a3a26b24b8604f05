pragma Singleton
import QtQuick

// Colours and sizes in one place; sizes follow the system font so large text stays usable.
QtObject {
    readonly property color ink: "#1b3a4b"
    readonly property color inkSoft: "#4d6370"
    readonly property color accent: "#0f7b6c"
    readonly property color accentSoft: "#d7efe9"
    readonly property color page: "#fbfaf7"
    readonly property color line: "#e2ded6"
    readonly property color note: "#fff4d6"
    readonly property int touchTarget: 48
    readonly property real base: Qt.application.font.pixelSize > 0 ? Qt.application.font.pixelSize : 14
    readonly property real small: Math.round(base * 0.9)
    readonly property real title: Math.round(base * 1.45)
    readonly property real heading: Math.round(base * 1.15)
    readonly property int gap: 12
    readonly property int railWidth: 96
    readonly property int listPaneWidth: 400
}
