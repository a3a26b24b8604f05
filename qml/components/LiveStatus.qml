import QtQuick
import Buurtbrug.Ui

// A line whose changes a screen reader is told about: the tally's count, a scan's result, the
// sync state. Qt 6.4 has no announcement API for Quick items; what it does send is a name-changed
// event (AT-SPI object:property-change:accessible-name) when Accessible.name changes, and show
// and hide events when the line appears. A plain Text, because a Controls Label resets its
// role to plain text in Qt 6.4: here the role (status bar, or alert for a result) stays.
Text {
    property bool alert: false

    color: Theme.ink
    font.pixelSize: Theme.base
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    Accessible.role: alert ? Accessible.AlertMessage : Accessible.StatusBar
    Accessible.name: text
}
