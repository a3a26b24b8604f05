import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// A verbindingswerker's contact: a nickname or code for the person (a real name only when
// they agree), how and in which language, what they need and offer, where they were referred
// to, and when to follow up. Nothing is required but the code.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    readonly property FieldLogController log: app.fieldLog
    property string problem: ""
    property string channel: ""
    property string language: ""
    property var needs: []
    property var offers: []
    property string referralKind: ""
    property string referralInitiative: ""
    property string referralInitiativeName: ""
    property int followUpDays: 0
    signal backRequested()
    signal saved(string text)

    objectName: "contactFormPage"
    background: Rectangle { color: Theme.page }
    header: PageHeader {
        title: qsTr("New contact")
        showBack: true
        onBackClicked: root.backRequested()
    }

    function save() {
        problem = log.logContact({ person: person.text, realName: realName.text, consent: consent.checked,
                                   channel: channel, language: language, needs: needs, offers: offers,
                                   referralKind: referralKind,
                                   referralTo: referralKind === "initiative" ? referralInitiative : formalParty.text,
                                   followUpDays: followUpDays })
        if (problem === "")
            saved(qsTr("Contact saved."))
    }

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: form
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.gap

            Label {
                text: qsTr("Nickname or code")
                font.bold: true
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                TextField {
                    id: person
                    objectName: "contactPerson"
                    placeholderText: qsTr("e.g. zon-17")
                    font.pixelSize: Theme.base
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Nickname or code")
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "contactNewCode"
                    text: qsTr("New code")
                    implicitHeight: Theme.touchTarget
                    font.pixelSize: Theme.base
                    Accessible.name: text
                    onClicked: person.text = root.log.suggestCode()
                }
            }
            ActionCheckBox {
                id: consent
                objectName: "contactConsent"
                text: qsTr("The person agrees that their name is written down")
                Layout.fillWidth: true
            }
            TextField {
                id: realName
                objectName: "contactRealName"
                visible: consent.checked
                placeholderText: qsTr("Name")
                font.pixelSize: Theme.base
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Name")
                Layout.fillWidth: true
            }
            ChipGroup {
                objectName: "contactChannel"
                title: qsTr("Where")
                codes: LogVocabulary.channels
                labelOf: code => LogVocabulary.channelLabel(code)
                single: true
                selected: root.channel === "" ? [] : [root.channel]
                Layout.fillWidth: true
                onEdited: selected => root.channel = selected.length > 0 ? selected[0] : ""
            }
            ChipGroup {
                objectName: "contactLanguage"
                title: qsTr("Language spoken")
                codes: LogVocabulary.languages
                labelOf: code => root.app.languageName(code)
                single: true
                selected: root.language === "" ? [] : [root.language]
                Layout.fillWidth: true
                onEdited: selected => root.language = selected.length > 0 ? selected[0] : ""
            }
            ChipGroup {
                objectName: "contactNeeds"
                title: qsTr("Needs")
                codes: LogVocabulary.needs
                labelOf: code => LogVocabulary.needsLabel(code)
                selected: root.needs
                Layout.fillWidth: true
                onEdited: selected => root.needs = selected
            }
            ChipGroup {
                objectName: "contactOffers"
                title: qsTr("Offers")
                codes: LogVocabulary.does
                labelOf: code => LogVocabulary.doesLabel(code)
                selected: root.offers
                Layout.fillWidth: true
                onEdited: selected => root.offers = selected
            }
            ChipGroup {
                objectName: "contactReferral"
                title: qsTr("Referred to")
                codes: ["initiative", "formal"]
                labelOf: code => code === "initiative" ? qsTr("An initiative") : qsTr("A professional")
                single: true
                selected: root.referralKind === "" ? [] : [root.referralKind]
                Layout.fillWidth: true
                onEdited: selected => root.referralKind = selected.length > 0 ? selected[0] : ""
            }
            TextField {
                id: initiativeSearch
                objectName: "contactReferralSearch"
                visible: root.referralKind === "initiative"
                placeholderText: root.referralInitiativeName !== "" ? root.referralInitiativeName : qsTr("Search the directory")
                font.pixelSize: Theme.base
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Search the directory")
                Layout.fillWidth: true
            }
            Repeater {
                model: root.referralKind === "initiative" ? root.log.findInitiatives(initiativeSearch.text, 5) : []
                delegate: ItemDelegate {
                    required property var modelData
                    objectName: "referralChoice_" + modelData.id
                    text: Theme.isolate(modelData.name)
                    font.pixelSize: Theme.base
                    implicitHeight: Theme.touchTarget
                    highlighted: root.referralInitiative === modelData.id
                    Accessible.name: modelData.name
                    Layout.fillWidth: true
                    onClicked: {
                        root.referralInitiative = modelData.id
                        root.referralInitiativeName = modelData.name
                        initiativeSearch.text = ""
                    }
                }
            }
            Label {
                visible: root.referralKind === "initiative" && root.referralInitiativeName !== ""
                text: qsTr("Chosen: %1").arg(Theme.isolate(root.referralInitiativeName))
                color: Theme.accent
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            TextField {
                id: formalParty
                objectName: "contactReferralFormal"
                visible: root.referralKind === "formal"
                placeholderText: qsTr("e.g. the GP, the neighbourhood team")
                font.pixelSize: Theme.base
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Referred to whom")
                Layout.fillWidth: true
            }
            ChipGroup {
                objectName: "contactFollowUp"
                title: root.referralKind !== "" ? qsTr("Follow up (a referral: in 14 days unless you choose)") : qsTr("Follow up")
                codes: ["3", "7", "14"]
                labelOf: code => qsTr("In %n day(s)", "", Number(code))
                single: true
                selected: root.followUpDays > 0 ? [String(root.followUpDays)] : []
                Layout.fillWidth: true
                onEdited: selected => root.followUpDays = selected.length > 0 ? Number(selected[0]) : 0
            }
            Label {
                objectName: "contactProblem"
                visible: root.problem !== ""
                text: root.problem
                wrapMode: Text.Wrap
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                background: Rectangle { color: Theme.note }
            }
            ActionButton {
                objectName: "contactSave"
                text: qsTr("Save contact")
                highlighted: true
                implicitHeight: Theme.touchTarget * 1.3
                font.pixelSize: Theme.heading
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: root.save()
            }
        }
    }
}
