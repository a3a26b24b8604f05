import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui

// Says that a text is shown in another language than the reader chose, e.g. "In Nederlands".
Label {
    id: root

    property string textLanguage
    property string readerLanguage
    property string languageName

    visible: textLanguage !== "" && textLanguage !== readerLanguage
    text: qsTr("In %1").arg(Theme.isolate(languageName))
    font.pixelSize: Theme.small
    font.italic: true
    color: Theme.inkSoft
    horizontalAlignment: Text.AlignLeft
    Accessible.name: qsTr("This text is in %1: there is no translation in your language yet").arg(Theme.isolate(languageName))
}
