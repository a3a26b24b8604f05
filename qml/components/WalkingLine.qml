import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui

// "600 m · 12 min walk · north-east": how far at rollator pace (3 km/h) and which way. From a
// poor fix, or without one, it says "about", so a guess never looks exact.
Label {
    id: root

    property real distance: -1     // metres, already rounded to what the fix allows
    property int minutes: -1
    property int compass: -1       // 0..7 = N, NE, E, SE, S, SW, W, NW
    property bool approximate: true
    // The UI language: numbers follow its locale (the default QLocale, see UiLanguage::locale).
    property string language: "nl"
    readonly property var numberLocale: { root.language; return Qt.locale() }

    readonly property var compassNames: [qsTr("north"), qsTr("north-east"), qsTr("east"), qsTr("south-east"),
                                         qsTr("south"), qsTr("south-west"), qsTr("west"), qsTr("north-west")]
    readonly property string distanceText: distance < 0 ? ""
        : distance < 1000 ? qsTr("%1 m").arg(Math.round(distance))
                          : qsTr("%1 km").arg(Number(distance / 1000).toLocaleString(root.numberLocale, 'f', 1))

    visible: distance >= 0
    text: {
        if (distance < 0)
            return ""
        const parts = [approximate ? qsTr("about %1").arg(distanceText) : distanceText]
        if (minutes > 0 && minutes <= 90) // beyond an hour and a half nobody walks it
            parts.push(qsTr("%n min walk", "", minutes))
        if (compass >= 0 && distance >= 30)
            parts.push(compassNames[compass])
        return parts.join(" · ")
    }
    font.pixelSize: Theme.small
    color: Theme.inkSoft
    // Large text wraps the line rather than cutting "· 4 min lopen · noordwest" off.
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    Accessible.name: text
}
