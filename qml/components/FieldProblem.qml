import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui

// Why a field was refused, right under it, in words; read out as an alert. Shown only with a
// message. Dark brown on the page, not red: something to fix, not an emergency.
Label {
    visible: text !== ""
    color: "#8a3a12"
    font.pixelSize: Theme.small
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
