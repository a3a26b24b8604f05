import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts
import Buurtbrug.App

// The phone's navigation: at most five destinations in a bar at the bottom, within thumb
// reach. Every label has the same size: the system's, or, when one label would not fit its
// tab (long Dutch words), the size at which the longest fits, but never below Theme.smallest,
// which grows with the text size: with large text the labels grow and wrap at spaces onto up
// to three lines, the bar growing with them. Nothing is cut off.
TabBar {
    id: root

    property var destinations: []      // [{page: a Section value, label, name, icon}]
    property int currentSection: Section.Initiatives
    signal sectionChosen(int section)

    readonly property real tabWidth: destinations.length > 0 ? width / destinations.length : width
    readonly property real widestLabel: {
        let widest = 0
        for (const d of destinations)
            widest = Math.max(widest, metrics.advanceWidth(d.label))
        return widest
    }
    // The longest single word: a label may wrap between words, but a word broken in two loses
    // its letter joining in Arabic and reads badly in any script.
    readonly property real widestWord: {
        let widest = 0
        for (const d of destinations)
            for (const word of String(d.label).split(/\s+/))
                widest = Math.max(widest, metrics.advanceWidth(word))
        return widest
    }
    // One size for all labels: the system's, smaller when the longest label would not fit, never
    // below Theme.smallest, except where a single word needs it to fit its tab (down to 0.7 of
    // that, which at large text is still larger than the normal size's labels).
    readonly property real labelSize: {
        if (widestLabel <= 0)
            return Theme.small
        const room = tabWidth - 8
        const fitted = Math.max(Theme.smallest, Math.min(Theme.small, Math.floor(Theme.small * room / widestLabel)))
        const wordFits = Math.floor(Theme.small * room / Math.max(1, widestWord))
        return Math.min(fitted, Math.max(Math.round(Theme.smallest * 0.7), wordFits))
    }

    // Two lines when the longest label does not fit on one, from the font's measures alone:
    // asking the wrapped label for its height would loop through the bar's layout.
    readonly property int labelLines: Math.min(3, Math.max(1, Math.ceil(widestLabel * labelSize / Theme.small / (tabWidth - 8))))
    readonly property real labelHeight: Math.ceil(metrics.height * labelSize / Theme.small) * labelLines

    currentIndex: Math.max(0, destinations.findIndex(d => d.page === currentSection))
    position: TabBar.Footer
    // Painted over the page edge; read and Tabbed after the page (Main.qml places it last).
    z: 1
    background: Rectangle { color: Theme.accentSoft }

    FontMetrics {
        id: metrics
        font.pixelSize: Theme.small
        font.bold: true
    }

    Repeater {
        model: root.destinations
        delegate: TabButton {
            id: tab
            required property int index
            required property var modelData
            implicitHeight: Math.max(64, root.labelHeight + 24 + 12)
            Accessible.name: modelData.name || modelData.label
            Accessible.role: Accessible.PageTab
            focusPolicy: Qt.StrongFocus
            // Above its neighbours while focused, so they do not paint over its focus ring.
            z: activeFocus ? 1 : 0
            onClicked: root.sectionChosen(modelData.page)
            // A screen reader's Press, Enter and Return choose the section like a tap.
            Accessible.onPressAction: root.sectionChosen(modelData.page)
            Keys.onReturnPressed: root.sectionChosen(modelData.page)
            Keys.onEnterPressed: root.sectionChosen(modelData.page)
            FocusRing { }
            contentItem: ColumnLayout {
                spacing: 2
                Image {
                    source: tab.modelData.icon
                    sourceSize: Qt.size(24, 24)
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    id: label
                    objectName: "navigationLabel"
                    text: tab.modelData.label
                    font.pixelSize: root.labelSize
                    font.bold: tab.checked
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    maximumLineCount: 3
                    elide: Text.ElideNone
                    color: Theme.ink
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
            }
        }
    }
}
