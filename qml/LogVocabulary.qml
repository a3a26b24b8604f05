pragma Singleton
import QtQuick

// The words of field logging in the UI language: the chips of the market stall (the sticker
// board of the reports), needs, channels, and the names of report tables and measures. Codes
// are what is stored; these are only what people read.
QtObject {
    readonly property var languages: ["nl", "ar", "ber", "tr", "pl", "bg", "so", "en"]
    readonly property var does: ["chat", "errands", "translating", "cooking", "clothes", "school-sandwiches", "odd-jobs"]
    readonly property var needs: ["company", "language", "money", "housing", "health", "work", "childcare"]
    readonly property var channels: ["street", "market", "phone", "visit", "other"]
    readonly property var measures: ["attendance", "contacts", "conversations", "referrals_made", "referrals_arrived"]

    function doesLabel(code) {
        switch (code) {
        case "chat": return qsTr("A chat")
        case "errands": return qsTr("Errands")
        case "translating": return qsTr("Translating")
        case "cooking": return qsTr("Cooking")
        case "clothes": return qsTr("Collecting clothes")
        case "school-sandwiches": return qsTr("Sandwiches at school")
        case "odd-jobs": return qsTr("Odd jobs")
        }
        return code
    }
    function needsLabel(code) {
        switch (code) {
        case "company": return qsTr("Companionship")
        case "language": return qsTr("Learning the language")
        case "money": return qsTr("Money matters")
        case "housing": return qsTr("Housing")
        case "health": return qsTr("Health")
        case "work": return qsTr("Work")
        case "childcare": return qsTr("Childcare")
        }
        return code
    }
    function channelLabel(code) {
        switch (code) {
        case "street": return qsTr("On the street")
        case "market": return qsTr("At the market")
        case "phone": return qsTr("By phone")
        case "visit": return qsTr("Home visit")
        case "other": return qsTr("Other")
        }
        return code
    }
    function measureLabel(code) {
        switch (code) {
        case "attendance": return qsTr("Visitors")
        case "contacts": return qsTr("Contacts")
        case "conversations": return qsTr("Market conversations")
        case "referrals_made": return qsTr("Referrals made")
        case "referrals_arrived": return qsTr("Referrals arrived")
        }
        return code
    }
    function tableLabel(code) {
        switch (code) {
        case "week": return qsTr("Per week")
        case "month": return qsTr("Per month")
        case "initiative": return qsTr("Initiatives")
        case "theme": return qsTr("Themes")
        case "language": return qsTr("Languages")
        case "does": return qsTr("What residents do")
        case "needs": return qsTr("What residents need")
        }
        return code
    }
}
