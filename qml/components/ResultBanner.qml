import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// What a scan or a typed code did, in a calm colour: green-blue when it went through, a soft
// yellow when something needs another try. Never red: nothing here is an emergency.
Rectangle {
    id: root

    property string message
    property bool ok: true

    visible: message !== ""
    color: ok ? Theme.accentSoft : Theme.note
    radius: 8
    implicitHeight: text.implicitHeight + 2 * Theme.gap

    Label {
        id: text
        objectName: "resultMessage"
        anchors.fill: parent
        anchors.margins: Theme.gap
        text: root.message
        wrapMode: Text.Wrap
        color: Theme.ink
        font.pixelSize: Theme.base
        horizontalAlignment: Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text.text
    }
}
