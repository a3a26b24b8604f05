import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts
import Buurtbrug.App

// Choose the language of the app; each language is named in its own script.
Page {
    id: root

    required property AppController app
    property bool showBack: false
    signal backRequested()

    objectName: "languagePage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: qsTr("Language")
        showBack: root.showBack
        onBackClicked: root.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 4

        Label {
            text: qsTr("Texts of initiatives are shown in this language when a translation exists, otherwise in Dutch or English.")
            wrapMode: Text.Wrap
            color: Theme.inkSoft
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }

        ButtonGroup { id: choices }

        Repeater {
            model: root.app.languages
            delegate: RadioButton {
                required property var modelData
                objectName: "languageOption_" + modelData.code
                text: modelData.name
                checked: modelData.code === root.app.language
                ButtonGroup.group: choices
                font.pixelSize: Theme.heading
                // Every name on the reading side of the layout, whatever its own script: an
                // unset alignment would follow each name's script ("العربية" on the right).
                contentItem: Label {
                    text: parent.text
                    font: parent.font
                    color: Theme.ink
                    horizontalAlignment: Text.AlignLeft
                    verticalAlignment: Text.AlignVCenter
                    leftPadding: parent.indicator && !parent.mirrored ? parent.indicator.width + parent.spacing : 0
                    rightPadding: parent.indicator && parent.mirrored ? parent.indicator.width + parent.spacing : 0
                }
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + 8
                Accessible.name: modelData.name
                Accessible.role: Accessible.RadioButton
                onClicked: root.app.setLanguage(modelData.code)
            }
        }
        Label {
            objectName: "readAloudGaps"
            // Asked once the page is shown, not at start-up (every page is made then): opening
            // the speech engines takes time.
            readonly property var missing: root.visible ? root.app.readAloud.unreadable(root.app.languages.map(l => l.code)) : []
            visible: missing.length > 0
            text: qsTr("This phone cannot read aloud in %1.")
                  .arg(missing.map(code => Theme.isolate(root.app.languageName(code))).join(qsTr(", ")))
            wrapMode: Text.Wrap
            color: Theme.inkSoft
            font.pixelSize: Theme.small
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
        }
        Item { Layout.fillHeight: true }
    }
}
