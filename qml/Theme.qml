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
    // The keyboard focus ring (FocusRing): dark orange, 3:1 or more against page and accent.
    readonly property color focusRing: "#b34700"
    readonly property int focusRingWidth: 3
    // The platform's text size (its large-text setting included), never below 14 px.
    readonly property real base: Math.max(14, Qt.application.font.pixelSize > 0
                                              ? Qt.application.font.pixelSize
                                              : Math.round(Qt.application.font.pointSize * 4 / 3))
    // At least 48 px, and growing with large text so a label always fits its button.
    readonly property int touchTarget: Math.max(48, Math.round(base * 3.2))
    readonly property real small: Math.round(base * 0.9)
    // The least a label may shrink to so that it fits (10 px at the normal text size); it
    // grows with large text like every other size.
    readonly property real smallest: Math.round(base * 10 / 14)
    readonly property real title: Math.round(base * 1.45)
    readonly property real heading: Math.round(base * 1.15)
    readonly property int gap: 12
    readonly property int railWidth: 96
    readonly property int listPaneWidth: 400

    // Wraps a name from the data in Unicode isolates (FSI … PDI), so an Arabic name inside a
    // Dutch sentence (or the reverse) keeps its own direction and does not reorder its neighbours.
    function isolate(text) {
        return "\u2068" + text + "\u2069"
    }

    // A name from the data with a part in brackets in another script ("قصر الحي (Wijkpaleis)"):
    // the part inside the brackets is isolated, so the brackets pair up and face the right way
    // in either reading direction, also when the name wraps.
    function bidiName(text) {
        return text ? String(text).replace(/\(([^()]+)\)/g, "(\u2068$1\u2069)") : ""
    }
}
