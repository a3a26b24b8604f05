import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.App
import Buurtbrug.Ui

// The organisation's figures as funders ask for them, from the logs themselves: over the last
// 12 weeks or months, per initiative, language, theme, what residents do and need. One
// measure at a time, as a line over time or as bars. Groups under five people are never
// shown, and the page says so. CSV export writes the same figures to a file.
Page {
    id: root
    // A container, not a tab of its own: Qt 6.4 would expose it as an unnamed page tab.
    Accessible.ignored: true

    required property AppController app
    readonly property ReportController reports: app.reports
    property string period: "week"
    property string table: "time"
    property string measure: "conversations"
    readonly property ReportSeriesModel series: reports.series
    // Computed while the page is shown: a hidden page must not recount every log after each tap.
    readonly property var report: visible && reports.available && app.fieldLog.revision >= 0 && app.language !== ""
                                  ? reports.report(period) : ({})
    readonly property var current: {
        const tables = report.tables || []
        const name = table === "time" ? period : table
        for (const t of tables)
            if (t.name === name)
                return t
        return null
    }
    readonly property var rows: {
        if (!current)
            return []
        let out = []
        for (const r of current.rows) {
            let label = r.label
            if (current.name === "theme") label = app.themeName(r.group)
            else if (current.name === "language") label = app.languageName(r.group)
            else if (current.name === "does") label = LogVocabulary.doesLabel(r.group)
            else if (current.name === "needs") label = LogVocabulary.needsLabel(r.group)
            out.push({ label: label, value: r.values[measure] })
        }
        return out
    }

    // The series (chart and table) follows the same choices and is read again with the report.
    Binding { target: root.series; property: "period"; value: root.period }
    Binding { target: root.series; property: "measure"; value: root.measure }
    onReportChanged: if (visible && reports.available) series.reload()

    objectName: "reportsPage"
    background: Rectangle { color: Theme.page }
    header: PageHeader { title: qsTr("Reports") }

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
            spacing: Theme.gap

            Label {
                visible: !root.reports.available
                text: qsTr("This device is not part of an organisation yet.")
                wrapMode: Text.Wrap
                color: Theme.inkSoft
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Heading {
                objectName: "reportPeriodHeading"
                text: qsTr("Period")
                font.pixelSize: Theme.base
                font.bold: true
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.topMargin: 4
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ChipGroup {
                objectName: "reportPeriod"
                codes: ["week", "month"]
                labelOf: code => code === "week" ? qsTr("Last 12 weeks") : qsTr("Last 12 months")
                single: true
                selected: [root.period]
                Layout.fillWidth: true
                onEdited: selected => { if (selected.length > 0) root.period = selected[0] }
            }
            Heading {
                objectName: "reportTableHeading"
                text: qsTr("Show by")
                font.pixelSize: Theme.base
                font.bold: true
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.topMargin: 4
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ChipGroup {
                objectName: "reportTable"
                codes: ["time", "initiative", "language", "theme", "does", "needs"]
                labelOf: code => code === "time" ? qsTr("Over time") : LogVocabulary.tableLabel(code)
                single: true
                selected: [root.table]
                Layout.fillWidth: true
                onEdited: selected => { if (selected.length > 0) root.table = selected[0] }
            }
            Heading {
                objectName: "reportMeasureHeading"
                text: qsTr("Count")
                font.pixelSize: Theme.base
                font.bold: true
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.topMargin: 4
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ChipGroup {
                objectName: "reportMeasure"
                codes: LogVocabulary.measures
                labelOf: code => LogVocabulary.measureLabel(code)
                single: true
                selected: [root.measure]
                Layout.fillWidth: true
                onEdited: selected => { if (selected.length > 0) root.measure = selected[0] }
            }

            Label {
                objectName: "reportHeadline"
                // The key figure, large: a value, not a heading.
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: {
                    if (!root.current)
                        return ""
                    const total = root.current.total.values[root.measure]
                    const shown = typeof total === "number" ? Number(total).toLocaleString(Qt.locale(), "f", 0) : total
                    return qsTr("%1: %2 from %3 to %4").arg(LogVocabulary.measureLabel(root.measure)).arg(shown)
                            .arg(Date.fromLocaleString(Qt.locale("en"), root.report.from, "yyyy-MM-dd").toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                            .arg(Date.fromLocaleString(Qt.locale("en"), root.report.to, "yyyy-MM-dd").toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                }
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.ink
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            LineChart {
                objectName: "reportLineChart"
                visible: root.table === "time" && root.series.count > 0
                points: root.table === "time" ? root.series.points : []
                anySuppressed: root.series.anySuppressed
                timeHeading: root.series.periodHeading
                valueHeading: LogVocabulary.measureLabel(root.measure)
                Layout.fillWidth: true
            }
            // The same numbers as the chart, one row per period: what a screen reader reads.
            ColumnLayout {
                objectName: "reportSeriesTable"
                visible: root.table === "time" && root.series.count > 0
                spacing: 0
                Layout.fillWidth: true
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("%1 per %2").arg(LogVocabulary.measureLabel(root.measure))
                                 .arg(root.series.periodHeading.toLocaleLowerCase())
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    Label {
                        text: root.series.periodHeading
                        font.pixelSize: Theme.small
                        font.bold: true
                        color: Theme.inkSoft
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        Accessible.ignored: true
                    }
                    Label {
                        text: LogVocabulary.measureLabel(root.measure)
                        font.pixelSize: Theme.small
                        font.bold: true
                        color: Theme.inkSoft
                        horizontalAlignment: Text.AlignRight
                        Accessible.ignored: true
                    }
                }
                Repeater {
                    objectName: "reportSeriesRows"
                    model: root.series
                    delegate: Rectangle {
                        id: seriesRow
                        required property int index
                        required property string label
                        required property string detail
                        required property string shown
                        required property bool suppressed
                        required property string accessibleText
                        objectName: "reportSeriesRow"
                        color: index % 2 === 0 ? Theme.accentSoft : "transparent"
                        implicitHeight: cells.implicitHeight + 8
                        Layout.fillWidth: true
                        Accessible.role: Accessible.Row
                        Accessible.name: accessibleText
                        RowLayout {
                            id: cells
                            x: 6
                            y: 4
                            width: parent.width - 12
                            spacing: 8
                            Label {
                                text: seriesRow.detail === "" ? seriesRow.label
                                                              : qsTr("%1 (%2)").arg(seriesRow.label).arg(seriesRow.detail)
                                font.pixelSize: Theme.small
                                color: Theme.ink
                                wrapMode: Text.Wrap
                                horizontalAlignment: Text.AlignLeft
                                Layout.fillWidth: true
                                Accessible.ignored: true
                            }
                            Label {
                                objectName: "reportSeriesValue"
                                text: seriesRow.shown
                                font.pixelSize: Theme.small
                                font.bold: !seriesRow.suppressed
                                color: seriesRow.suppressed ? Theme.inkSoft : Theme.ink
                                horizontalAlignment: Text.AlignRight
                                Accessible.ignored: true
                            }
                        }
                    }
                }
            }
            BarChart {
                objectName: "reportBarChart"
                visible: root.table !== "time"
                rows: root.table !== "time" ? root.rows.slice(0, 15) : []
                Layout.fillWidth: true
            }
            Label {
                visible: root.current !== null && root.rows.length === 0
                text: qsTr("No logs in this period yet.")
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Label {
                objectName: "reportPrivacyNote"
                text: qsTr("Groups of fewer than 5 people are shown as <5, and a figure that would give one away as x.")
                font.pixelSize: Theme.small
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }

            Flow {
                spacing: 8
                Layout.fillWidth: true
                ActionButton {
                    objectName: "exportReport"
                    text: qsTr("Export CSV")
                    enabled: root.reports.available
                    implicitHeight: Theme.touchTarget
                    font.pixelSize: Theme.base
                    Accessible.name: text
                    onClicked: root.reports.exportCsv(root.period, false)
                }
                ActionButton {
                    objectName: "exportRawLogs"
                    visible: root.reports.rawExportAllowed
                    text: qsTr("Export the logs (no personal data)")
                    implicitHeight: Theme.touchTarget
                    font.pixelSize: Theme.base
                    Accessible.name: text
                    onClicked: root.reports.exportCsv(root.period, true)
                }
            }
            Label {
                objectName: "exportResult"
                visible: text !== ""
                text: root.reports.exportedPath !== "" ? qsTr("Saved to %1").arg(root.reports.exportedPath)
                                                       : root.reports.exportError
                wrapMode: Text.WrapAnywhere
                color: Theme.ink
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "openExport"
                visible: root.reports.exportedPath !== ""
                text: qsTr("Open")
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.base
                Accessible.name: qsTr("Open the saved file")
                onClicked: Qt.openUrlExternally(root.reports.exportedUrl)
            }
        }
    }
}
