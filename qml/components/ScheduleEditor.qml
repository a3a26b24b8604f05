import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui
import Buurtbrug.App

// When an activity takes place, as Delfshaven's initiatives do it: every week, every other
// week or every few, the first..fourth or last weekday of the month, or on fixed dates; times, exceptions
// and public holidays; and the next five dates as they follow from it, each with a Skip that
// makes it an exception. Everything is held by the ActivityForm; this only shows and edits it.
ColumnLayout {
    id: root

    required property ActivityForm activity
    property string localeName: "nl"
    readonly property var problems: activity.problems
    readonly property bool fixedDates: activity.rule === "dates"
    // Monday..Sunday as 1..7; Locale.dayName counts from Sunday = 0.
    function dayName(day) { return Qt.locale(root.localeName).dayName(day % 7, Locale.LongFormat) }

    spacing: Theme.gap

    ChipGroup {
        objectName: "scheduleRule"
        title: qsTr("How often")
        single: true
        codes: ["weekly", "every-other-week", "every-n-weeks", "monthly", "dates"]
        labelOf: code => ({ "weekly": qsTr("Every week"), "every-other-week": qsTr("Every other week"),
                            "every-n-weeks": qsTr("Every few weeks"), "monthly": qsTr("Once a month"),
                            "dates": qsTr("On fixed dates") })[code]
        selected: [root.activity.rule]
        onEdited: selected => root.activity.rule = selected[0]
        Layout.fillWidth: true
    }
    // How many weeks or months apart; empty while retyped (0), which the save refuses at the field.
    FormField {
        objectName: "scheduleWeeks"
        visible: root.activity.rule === "every-n-weeks"
        label: qsTr("Every how many weeks")
        inputMethodHints: Qt.ImhDigitsOnly
        maximumLength: 2
        text: root.activity.weeksBetween > 0 ? String(root.activity.weeksBetween) : ""
        problem: root.problems["schedule.interval"] || ""
        onEdited: text => root.activity.weeksBetween = parseInt(text) || 0
        Layout.fillWidth: true
    }
    ChipGroup {
        objectName: "scheduleNth"
        visible: root.activity.rule === "monthly"
        title: qsTr("Which one in the month")
        single: true
        codes: ["1", "2", "3", "4", "-1"]
        labelOf: code => ({ "1": qsTr("First"), "2": qsTr("Second"), "3": qsTr("Third"), "4": qsTr("Fourth"),
                            "-1": qsTr("Last") })[code]
        selected: [String(root.activity.nth)]
        onEdited: selected => root.activity.nth = Number(selected[0])
        Layout.fillWidth: true
    }
    ChipGroup {
        objectName: "scheduleDay"
        visible: !root.fixedDates
        title: qsTr("Day of the week")
        single: true
        codes: ["1", "2", "3", "4", "5", "6", "7"]
        labelOf: code => root.dayName(Number(code))
        selected: [String(root.activity.weekday)]
        onEdited: selected => root.activity.weekday = Number(selected[0])
        Layout.fillWidth: true
    }
    FormField {
        objectName: "scheduleMonths"
        visible: root.activity.rule === "monthly"
        label: qsTr("Every how many months")
        inputMethodHints: Qt.ImhDigitsOnly
        maximumLength: 2
        text: root.activity.monthsBetween > 0 ? String(root.activity.monthsBetween) : ""
        problem: root.problems["schedule.interval"] || ""
        onEdited: text => root.activity.monthsBetween = parseInt(text) || 0
        Layout.fillWidth: true
    }
    FieldProblem {
        text: root.problems["schedule.byDay"] || root.problems["schedule.nth"] || ""
        Layout.fillWidth: true
    }
    FormField {
        objectName: "scheduleFirstDate"
        visible: !root.fixedDates
        label: root.activity.rule === "every-other-week" || root.activity.rule === "every-n-weeks"
               ? qsTr("First date (day-month-year); the weeks are counted from it")
               : root.activity.rule === "monthly" && root.activity.monthsBetween > 1
               ? qsTr("First date (day-month-year); the months are counted from it")
               : qsTr("Starts on (day-month-year, may stay empty)")
        placeholder: qsTr("e.g. 19-12-2026")
        inputMethodHints: Qt.ImhPreferNumbers
        text: root.activity.firstDate
        problem: root.problems["schedule.anchor"] || ""
        onEdited: text => root.activity.firstDate = text
        Layout.fillWidth: true
    }
    DateList {
        objectName: "scheduleDates"
        visible: root.fixedDates
        label: qsTr("Dates")
        addText: qsTr("Add date")
        dates: root.activity.dates
        problem: root.problems["newDate"] || root.problems["schedule.dates"] || ""
        add: typed => root.activity.addDate(typed)
        onRemoveRequested: iso => root.activity.removeDate(iso)
        Layout.fillWidth: true
    }
    GridLayout {
        columns: root.width > 420 ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: 4
        Layout.fillWidth: true
        FormField {
            objectName: "scheduleStart"
            label: qsTr("From (hh:mm)")
            inputMethodHints: Qt.ImhPreferNumbers
            maximumLength: 5
            text: root.activity.startTime
            problem: root.problems["schedule.start"] || ""
            onEdited: text => root.activity.startTime = text
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
        FormField {
            objectName: "scheduleEnd"
            label: qsTr("Until (hh:mm)")
            inputMethodHints: Qt.ImhPreferNumbers
            maximumLength: 5
            text: root.activity.endTime
            problem: root.problems["schedule.end"] || ""
            onEdited: text => root.activity.endTime = text
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
    }
    CheckBox {
        objectName: "scheduleSkipHolidays"
        text: qsTr("Not on public holidays")
        font.pixelSize: Theme.base
        checked: root.activity.skipHolidays
        onCheckedChanged: if (checked !== root.activity.skipHolidays) root.activity.skipHolidays = checked
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        Accessible.name: text
        Accessible.onPressAction: toggle() // Qt 6.4 runs no code for Press
    }
    DateList {
        objectName: "scheduleExceptions"
        label: qsTr("Not on these dates")
        addText: qsTr("Add exception")
        dates: root.activity.exceptions
        problem: root.problems["newException"] || root.problems["schedule.except"] || ""
        add: typed => root.activity.addException(typed)
        onRemoveRequested: iso => root.activity.removeException(iso)
        Layout.fillWidth: true
    }

    Heading {
        text: qsTr("The next dates")
        Layout.fillWidth: true
    }
    FieldProblem {
        objectName: "scheduleProblem"
        text: root.problems["schedule"] || ""
        Layout.fillWidth: true
    }
    Label {
        objectName: "schedulePreviewEmpty"
        // Said once: a refused save already says the schedule never takes place.
        visible: root.activity.preview.length === 0 && !root.problems["schedule"]
        text: qsTr("With this schedule there is no date in the coming year.")
        font.pixelSize: Theme.base
        color: Theme.inkSoft
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
    Repeater {
        objectName: "schedulePreview"
        model: root.activity.preview
        delegate: RowLayout {
            required property var modelData
            required property int index
            spacing: 8
            Layout.fillWidth: true
            Label {
                objectName: "previewDate_" + index
                text: modelData.text
                font.pixelSize: Theme.base
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "previewSkip_" + index
                text: qsTr("Skip")
                flat: true
                font.pixelSize: Theme.base
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Skip %1").arg(modelData.text)
                onClicked: root.activity.addException(modelData.iso)
            }
        }
    }
}
