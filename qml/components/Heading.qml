import QtQuick
import Buurtbrug.Ui

// A title that screen readers announce as a heading. A plain Text: in Qt 6.4 a Controls Label
// (every Control) resets Accessible.role to its own when accessibility starts, so a Label can
// never be a heading there (docs/ACCESSIBILITY.md).
Text {
    color: Theme.ink
    font.pixelSize: Theme.heading
    font.bold: true
    // One line unless a page asks for wrapping (PageHeader does): a wrapped text's height
    // follows its width, which some layouts cannot settle (a polish loop on the Card page).
    horizontalAlignment: Text.AlignLeft
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
