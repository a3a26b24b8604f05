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

    // An alert to a screen reader: it hears the result without looking for it.
    LiveStatus {
        id: text
        objectName: "resultMessage"
        alert: true
        anchors.fill: parent
        anchors.margins: Theme.gap
        text: root.message
        verticalAlignment: Text.AlignVCenter
    }
}
