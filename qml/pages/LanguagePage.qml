import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts
import Buurtbrug.App

// Choose the language of the app; each language is named in its own script.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

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

    // Scrolls: with large text the languages do not all fit under the explanation.
    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: content
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
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
                    // A screen reader's Press or Toggle, Enter and Return choose it like a tap
                    // (Qt 6.4 would only mark it checked and keep the old language).
                    Accessible.onPressAction: root.app.setLanguage(modelData.code)
                    Accessible.onToggleAction: root.app.setLanguage(modelData.code)
                    Keys.onReturnPressed: root.app.setLanguage(modelData.code)
                    Keys.onEnterPressed: root.app.setLanguage(modelData.code)
                    FocusRing { }
                }
            }
            Label {
                objectName: "readAloudGaps"
                // Asked once the page is shown, not at start-up (every page is made then); the
                // speech engines answer from their own thread, seconds later the first time.
                readonly property var missing: root.app.readAloud.unreadableLanguages
                visible: missing.length > 0
                text: qsTr("This phone cannot read aloud in %1.")
                      .arg(missing.map(code => Theme.isolate(root.app.languageName(code))).join(qsTr(", ")))
                wrapMode: Text.Wrap
                color: Theme.inkSoft
                font.pixelSize: Theme.small
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                Connections {
                    target: root
                    function onVisibleChanged() {
                        if (root.visible)
                            root.app.readAloud.checkLanguages(root.app.languages.map(l => l.code))
                    }
                }
                Component.onCompleted: if (root.visible) root.app.readAloud.checkLanguages(root.app.languages.map(l => l.code))
            }
        }
    }
}
