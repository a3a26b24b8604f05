import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// One measure over time: a line through the periods with a dot per period, a value axis with
// round numbers at the reading start, a time axis with each period's short name below, and a
// legend when some period is hidden. A hidden value (fewer than five people) breaks the line
// and shows an open dot on the zero line. Time runs in the reading direction, so right to left
// in Arabic. The numbers themselves are read aloud from the table beside the chart.
ColumnLayout {
    id: root

    // [{label, tick, value, suppressed}] in time order; value is 0 when suppressed.
    property var points: []
    // The title of the time axis ("Week", "Month") and what the values count.
    property string timeHeading: ""
    property string valueHeading: ""
    property bool anySuppressed: false
    readonly property bool mirrored: LayoutMirroring.enabled
    readonly property real most: {
        let m = 0
        for (const p of points)
            if (!p.suppressed)
                m = Math.max(m, p.value)
        return m
    }
    // Round steps (1, 2, 5 × 10ⁿ), at most four above zero.
    readonly property real step: {
        if (most <= 4)
            return 1
        const raw = most / 4
        const power = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10))
        for (const f of [1, 2, 5, 10])
            if (f * power >= raw)
                return f * power
        return 10 * power
    }
    readonly property real axisTop: Math.max(step, Math.ceil(most / step) * step)
    readonly property var ticks: {
        let out = []
        for (let v = 0; v <= axisTop + step / 2; v += step)
            out.push(v)
        return out
    }

    spacing: 4
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Line chart of %1 per %2; the table below reads the same numbers.")
                     .arg(valueHeading).arg(timeHeading.toLocaleLowerCase())

    Label {
        text: root.valueHeading
        font.pixelSize: Theme.small
        color: Theme.inkSoft
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Accessible.ignored: true
    }

    Item {
        id: plot
        Layout.fillWidth: true
        implicitHeight: chartHeight + tickHeight.height + 4
        readonly property real chartHeight: Math.round(Theme.base * 12)
        readonly property real axisWidth: Math.ceil(widest.width) + 8
        readonly property real pad: 10
        readonly property real plotWidth: width - axisWidth
        // Where a period and a value sit inside the canvas.
        function xOf(i) {
            const n = root.points.length
            const t = n <= 1 ? 0.5 : i / (n - 1)
            return pad + (root.mirrored ? 1 - t : t) * (plotWidth - 2 * pad)
        }
        function yOf(v) { return chartHeight - pad - (v / root.axisTop) * (chartHeight - 2 * pad) }
        // Show every tick label when they fit, else every second or third.
        readonly property int every: Math.max(1, Math.ceil(root.points.length * (tickHeight.width + 6) / Math.max(1, plotWidth)))

        TextMetrics {
            id: widest
            font.pixelSize: Theme.small
            text: Number(root.axisTop).toLocaleString(Qt.locale(), "f", 0)
        }
        TextMetrics {
            id: tickHeight
            font.pixelSize: Theme.small
            text: "00"
        }

        Canvas {
            id: canvas
            x: root.mirrored ? 0 : plot.axisWidth
            width: plot.plotWidth
            height: plot.chartHeight
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                const n = root.points.length
                if (n === 0)
                    return
                const pad = plot.pad
                // Grid lines at each value of the axis; the zero line darker.
                for (const v of root.ticks) {
                    ctx.strokeStyle = v === 0 ? Theme.inkSoft : Theme.line
                    ctx.lineWidth = 1
                    ctx.beginPath()
                    ctx.moveTo(pad / 2, Math.round(plot.yOf(v)) + 0.5)
                    ctx.lineTo(width - pad / 2, Math.round(plot.yOf(v)) + 0.5)
                    ctx.stroke()
                }
                ctx.strokeStyle = Theme.accent
                ctx.lineWidth = 3
                ctx.beginPath()
                let drawing = false
                for (let i = 0; i < n; ++i) {
                    const p = root.points[i]
                    if (p.suppressed) {
                        drawing = false
                        continue
                    }
                    if (drawing)
                        ctx.lineTo(plot.xOf(i), plot.yOf(p.value))
                    else
                        ctx.moveTo(plot.xOf(i), plot.yOf(p.value))
                    drawing = true
                }
                ctx.stroke()
                for (let i = 0; i < n; ++i) {
                    const p = root.points[i]
                    ctx.beginPath()
                    ctx.arc(plot.xOf(i), plot.yOf(p.suppressed ? 0 : p.value), p.suppressed ? 5 : 4, 0, 2 * Math.PI)
                    if (p.suppressed) {
                        ctx.fillStyle = Theme.page
                        ctx.fill()
                        ctx.lineWidth = 2
                        ctx.stroke()
                        ctx.lineWidth = 3
                    } else {
                        ctx.fillStyle = Theme.accent
                        ctx.fill()
                    }
                }
            }
            Connections {
                target: root
                function onPointsChanged() { canvas.requestPaint() }
                function onMirroredChanged() { canvas.requestPaint() }
            }
            onWidthChanged: requestPaint()
            onHeightChanged: requestPaint()
        }

        // The value axis: round numbers at the reading start of the chart.
        Repeater {
            model: root.ticks
            delegate: Label {
                required property real modelData
                objectName: "lineChartValueTick"
                text: Number(modelData).toLocaleString(Qt.locale(), "f", 0)
                font.pixelSize: Theme.small
                color: Theme.inkSoft
                x: root.mirrored ? plot.width - plot.axisWidth + 4 : plot.axisWidth - width - 4
                y: plot.yOf(modelData) - height / 2
                Accessible.ignored: true
            }
        }
        // The time axis: each period's short name (the week number, the month) below its dot.
        Repeater {
            model: root.points
            delegate: Label {
                required property var modelData
                required property int index
                objectName: "lineChartTimeTick"
                // The last period always; a regular one only when it does not crowd the last.
                visible: index === root.points.length - 1
                         || (index % plot.every === 0 && root.points.length - 1 - index >= plot.every)
                text: modelData.tick
                font.pixelSize: Theme.small
                color: Theme.inkSoft
                x: canvas.x + plot.xOf(index) - width / 2
                y: plot.chartHeight + 2
                Accessible.ignored: true
            }
        }
    }
    Label {
        text: root.timeHeading
        font.pixelSize: Theme.small
        color: Theme.inkSoft
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        Accessible.ignored: true
    }
    RowLayout {
        objectName: "lineChartLegend"
        visible: root.anySuppressed
        spacing: 8
        Layout.fillWidth: true
        Rectangle {
            implicitWidth: 12
            implicitHeight: 12
            radius: 6
            color: Theme.page
            border.color: Theme.accent
            border.width: 2
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 3
        }
        Label {
            text: qsTr("Open circle: fewer than 5 people, so the number is not shown.")
            font.pixelSize: Theme.small
            color: Theme.inkSoft
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
    }
}
