import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui
import QtQuick.Layouts
import Buurtbrug.App

// One initiative: what it is, where, when its activities are, in the reader's language.
// A text from another language is marked as such.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    property string initiativeId
    property bool showBack: false
    signal backRequested()
    // A coordinator or editor edits this initiative (the directory editor).
    signal editRequested(string initiativeId)

    readonly property var detail: app.initiative(initiativeId, app.language, app.directoryRevision)
    readonly property bool found: detail.id !== undefined
    property bool editing: false
    // The conflict view is open over the page.
    property bool resolving: false
    readonly property ConflictDesk conflicts: app.conflicts
    readonly property bool inConflict: conflicts.canResolve && conflicts.initiativeId === initiativeId
                                       && conflicts.documents.length > 0
    // Names the position's properties so the binding runs again whenever the position moves.
    readonly property var way: found && detail.hasPosition
                               && app.position.latitude + app.position.longitude + app.position.accuracy !== undefined
                               ? app.position.distanceTo(detail.latitude, detail.longitude) : ({})
    readonly property var voiceMessages: ({
        "no-voice": qsTr("This phone cannot read %1 aloud."),
        "no-engine": qsTr("This device cannot read aloud."),
        "no-audio": qsTr("This device has no sound output right now."),
        "failed": qsTr("Reading aloud did not work.")
    })

    onInitiativeIdChanged: { editing = false; resolving = false; app.readAloud.stop(); app.clearTranslationNotice(); conflicts.clearNotice() }
    // The desk watches the initiative shown here for versions made on two devices at once.
    Binding { target: root.conflicts; property: "initiativeId"; value: root.initiativeId }
    Binding { target: root.app.photos; property: "initiativeId"; value: root.initiativeId }

    objectName: "initiativeDetailPage"
    background: Rectangle { color: Theme.page }

    header: PageHeader {
        visible: !root.editing && !root.resolving
        title: qsTr("Initiative")
        showBack: root.showBack
        onBackClicked: root.backRequested()
    }

    Loader {
        anchors.fill: parent
        active: root.editing
        z: 1
        sourceComponent: TranslationEditorPage {
            app: root.app
            initiativeId: root.initiativeId
            reference: root.detail
            onDone: root.editing = false
        }
    }

    Loader {
        anchors.fill: parent
        active: root.resolving
        z: 1
        sourceComponent: ConflictPage {
            app: root.app
            onDone: root.resolving = false
        }
    }

    Keys.onBackPressed: event => { if (root.showBack) { root.backRequested(); event.accepted = true } }

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.gap
        visible: !root.found
        text: root.initiativeId === "" ? qsTr("Choose an initiative to see its details.")
                                       : qsTr("This initiative is no longer in the directory.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: Theme.inkSoft
    }

    ScrollView {
        anchors.fill: parent
        visible: root.found && !root.editing && !root.resolving
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.gap

            Item { Layout.preferredHeight: 4 }

            // The confirmation of a translation just saved in the editor.
            ResultBanner {
                objectName: "translationSavedBanner"
                message: root.app.translationNotice
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }

            // Versions made on two devices at once: said in words for coordinators and editors,
            // who can open the conflict view from here.
            Rectangle {
                objectName: "conflictNotice"
                visible: root.found && root.inConflict
                color: Theme.note
                radius: 8
                border.color: Theme.inkSoft
                border.width: 1
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                implicitHeight: conflictColumn.implicitHeight + 2 * Theme.gap
                ColumnLayout {
                    id: conflictColumn
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: 8
                    Label {
                        objectName: "conflictNoticeText"
                        text: qsTr("This initiative was changed on two devices at the same time, so it has more than one version. People see one of them until you choose what to keep.")
                        font.pixelSize: Theme.base
                        font.bold: true
                        color: Theme.ink
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    ActionButton {
                        id: compareButton
                        objectName: "openConflicts"
                        text: qsTr("Compare the versions")
                        font.pixelSize: Theme.base
                        // The text's natural width, measured apart: implicitWidth would loop through the wrapping label.
                        Layout.preferredWidth: Math.min(Math.ceil(compareMetrics.advanceWidth) + leftPadding + rightPadding + 2, conflictColumn.width)
                        Layout.minimumHeight: Theme.touchTarget
                        TextMetrics { id: compareMetrics; font: compareButton.font; text: compareButton.text }
                        contentItem: Label {
                            text: compareButton.text
                            font: compareButton.font
                            color: Theme.ink
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        onClicked: { root.conflicts.clearNotice(); root.resolving = true }
                    }
                }
            }
            // What the last save in the conflict view did.
            ResultBanner {
                objectName: "conflictSavedBanner"
                message: root.conflicts.initiativeId === root.initiativeId ? root.conflicts.notice : ""
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }

            Heading {
                objectName: "detailTitle"
                text: root.found ? Theme.bidiName(root.detail.name.text) : ""
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            LanguageNote {
                textLanguage: root.found ? root.detail.name.language : ""
                readerLanguage: root.app.language
                languageName: root.app.languageName(textLanguage)
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }

            PhotoGallery {
                objectName: "detailGallery"
                model: root.app.photos.photos
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }
            // A host adds photos of its places here; coordinators and editors do it in the editor.
            PhotoSection {
                objectName: "detailPhotoSection"
                visible: root.app.photos.canAdd && !root.app.directoryEditor.canEdit
                photos: root.app.photos
                altLanguage: root.app.language
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }

            WalkingLine {
                objectName: "detailWalking"
                distance: root.way.metres !== undefined ? root.way.metres : -1
                minutes: root.way.minutes !== undefined ? root.way.minutes : -1
                compass: root.way.compass !== undefined ? root.way.compass : -1
                approximate: root.way.approximate !== false
                language: root.app.language
                font.pixelSize: Theme.base
                wrapMode: Text.Wrap
                elide: Text.ElideNone
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }

            Flow {
                spacing: 8
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                ActionButton {
                    id: readAloudButton
                    objectName: "readAloudButton"
                    // The text's natural width, measured apart: implicitWidth would loop through the wrapping label.
                    width: Math.min(Math.ceil(readAloudButtonMetrics.advanceWidth) + leftPadding + rightPadding + 2, parent.width)
                    TextMetrics { id: readAloudButtonMetrics; font: readAloudButton.font; text: readAloudButton.text }
                    contentItem: Label {
                        text: readAloudButton.text
                        font: readAloudButton.font
                        color: Theme.ink
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    // Preparing (the first time, the voice takes seconds to open) already counts as
                    // reading: a second press stops it.
                    text: root.app.readAloud.speaking || root.app.readAloud.preparing ? qsTr("Stop reading") : qsTr("Read aloud")
                    font.pixelSize: Theme.base
                    height: Math.max(Theme.touchTarget, implicitHeight)
                    Accessible.name: text
                    onClicked: {
                        if (root.app.readAloud.speaking || root.app.readAloud.preparing) {
                            root.app.readAloud.stop()
                            return
                        }
                        // The first read opens the speech engines, which can take seconds: after
                        // the press has been answered (a screen reader waits for that answer).
                        startReading.restart()
                    }
                    Timer {
                        id: startReading
                        interval: 0
                        onTriggered: {
                            const language = root.detail.description.language !== "" ? root.detail.description.language
                                                                                      : root.detail.name.language
                            const parts = [root.detail.name.text, root.detail.summary.text, root.detail.description.text]
                            root.app.readAloud.read(parts.filter(t => t !== "").join(". "), language)
                        }
                    }
                }
                ActionButton {
                    objectName: "editInitiative"
                    visible: root.app.directoryEditor.canEdit
                    text: qsTr("Edit")
                    font.pixelSize: Theme.base
                    height: Theme.touchTarget
                    Accessible.name: qsTr("Edit this initiative")
                    onClicked: root.editRequested(root.initiativeId)
                }
                ActionButton {
                    id: translateButton
                    objectName: "translateButton"
                    // The text's natural width, measured apart: implicitWidth would loop through the wrapping label.
                    width: Math.min(Math.ceil(translateButtonMetrics.advanceWidth) + leftPadding + rightPadding + 2, parent.width)
                    TextMetrics { id: translateButtonMetrics; font: translateButton.font; text: translateButton.text }
                    contentItem: Label {
                        text: translateButton.text
                        font: translateButton.font
                        color: Theme.ink
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    text: qsTr("Add or correct a translation")
                    font.pixelSize: Theme.base
                    height: Math.max(Theme.touchTarget, implicitHeight)
                    Accessible.name: text
                    onClicked: { root.app.clearTranslationNotice(); root.editing = true }
                }
            }
            // Why it cannot read: an alert, so a screen reader that pressed Read aloud hears it.
            LiveStatus {
                objectName: "readAloudMessage"
                alert: true
                visible: text !== ""
                text: root.app.readAloud.messageCode === "" ? ""
                      : (root.voiceMessages[root.app.readAloud.messageCode] || root.voiceMessages["failed"])
                        .arg(Theme.isolate(root.app.languageName(root.app.readAloud.messageLanguage)))
                font.pixelSize: Theme.small
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }

            Label {
                objectName: "localOnlyNote"
                visible: root.found && root.app.sync.configured
                         && !root.app.sync.isOnServer("directory", root.initiativeId, root.app.sync.revision)
                text: qsTr("Only on this device: not on the server yet.")
                font.pixelSize: Theme.small
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }

            Rectangle {
                objectName: "sampleNotice"
                visible: root.found && root.detail.isSample
                color: Theme.note
                radius: 6
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                implicitHeight: sampleText.implicitHeight + 16
                Label {
                    id: sampleText
                    anchors.fill: parent
                    anchors.margins: 8
                    text: qsTr("Sample data: the address, position and times are invented.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.small
                    color: Theme.ink
                    horizontalAlignment: Text.AlignLeft
                }
            }

            Label {
                objectName: "detailSummary"
                visible: text !== ""
                text: root.found ? root.detail.summary.text : ""
                font.pixelSize: Theme.heading
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }

            Label {
                objectName: "detailDescription"
                visible: text !== ""
                text: root.found ? root.detail.description.text : ""
                font.pixelSize: Theme.base
                color: Theme.ink
                wrapMode: Text.Wrap
                lineHeight: 1.2
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }
            LanguageNote {
                textLanguage: root.found ? root.detail.description.language : ""
                readerLanguage: root.app.language
                languageName: root.app.languageName(textLanguage)
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }

            Heading {
                visible: root.found && root.detail.activities.length > 0
                text: qsTr("Activities")
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: root.found ? root.detail.activities : []
                delegate: ColumnLayout {
                    required property var modelData
                    spacing: 2
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.gap
                    Layout.rightMargin: Theme.gap
                    Label {
                        text: modelData.name.text
                        font.bold: true
                        font.pixelSize: Theme.base
                        color: Theme.ink
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    Label {
                        text: modelData.openNow ? qsTr("%1 (on now)").arg(modelData.when)
                              : modelData.next !== "" ? qsTr("%1, next: %2").arg(modelData.when).arg(Theme.isolate(modelData.next))
                              : modelData.when
                        font.pixelSize: Theme.base
                        color: Theme.accent
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: text !== ""
                        text: modelData.description.text
                        font.pixelSize: Theme.small
                        color: Theme.inkSoft
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                }
            }

            FactRow {
                label: qsTr("Address")
                value: root.found ? root.detail.address.join("\n") : ""
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }
            ActionButton {
                objectName: "routeButton"
                readonly property string url: root.found ? root.detail.routeUrl : ""
                visible: url !== ""
                text: qsTr("Route")
                Layout.leftMargin: Theme.gap
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Route to %1 in the maps app").arg(root.found ? root.detail.name.text : "")
                Accessible.role: Accessible.Button
                onClicked: Qt.openUrlExternally(url)
            }
            FactRow {
                label: qsTr("Languages spoken")
                value: root.found ? root.detail.languagesSpoken.join(qsTr(", ", "between the items of a list")) : ""
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }
            FactRow {
                label: qsTr("Accessibility")
                value: {
                    if (!root.found)
                        return ""
                    const facts = []
                    if (root.detail.stepFree)
                        facts.push(qsTr("step-free entrance"))
                    if (root.detail.rollator)
                        facts.push(qsTr("room for a rollator"))
                    if (root.detail.quietRoom)
                        facts.push(qsTr("quiet room"))
                    return facts.join(qsTr(", ", "between the items of a list"))
                }
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }
            FactRow {
                label: qsTr("Phone")
                value: root.found ? root.detail.phone : ""
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }
            ActionButton {
                objectName: "callButton"
                readonly property string url: root.found ? root.detail.callUrl : ""
                visible: url !== ""
                // The number itself, left to right in any language.
                text: qsTr("Call %1").arg("\u2066" + (root.found ? root.detail.phone : "") + "\u2069")
                Layout.leftMargin: Theme.gap
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Call %1").arg(root.found ? root.detail.phone : "")
                Accessible.role: Accessible.Button
                onClicked: Qt.openUrlExternally(url)
            }
            FactRow {
                label: qsTr("Last checked")
                value: root.found && root.detail.lastChecked !== ""
                       ? Qt.formatDate(new Date(root.detail.lastChecked + "T12:00:00"), Qt.locale(root.app.localeName), Locale.LongFormat)
                       : ""
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }
            Item { Layout.preferredHeight: Theme.gap }
        }
    }
}
