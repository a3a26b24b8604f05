import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Buurtbrug.Ui

// One measure over time: a line through the periods, a dot per period, the first and last
// period named below. A hidden value (fewer than five people) breaks the line and shows an
// open dot. Time runs in the reading direction, so right to left in Arabic.
ColumnLayout {
    id: root

    // [{label, value}] in time order; value is a number, or "<5" / "x" when hidden.
    property var points: []
    readonly property bool mirrored: LayoutMirroring.enabled

    spacing: 4
    Accessible.role: Accessible.Chart
    Accessible.name: {
        let parts = []
        for (const p of points)
            parts.push(p.label + ": " + p.value)
        return parts.join(", ")
    }

    Canvas {
        id: canvas
        Layout.fillWidth: true
        implicitHeight: Math.round(Theme.base * 12)
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const n = root.points.length
            if (n === 0)
                return
            let most = 1
            for (const p of root.points)
                if (typeof p.value === "number")
                    most = Math.max(most, p.value)
            const pad = 10
            const x = i => {
                const t = n === 1 ? 0.5 : i / (n - 1)
                return pad + (root.mirrored ? 1 - t : t) * (width - 2 * pad)
            }
            const y = v => height - pad - (v / most) * (height - 2 * pad)
            ctx.strokeStyle = Theme.line
            ctx.lineWidth = 1
            ctx.beginPath()
            ctx.moveTo(pad, height - pad)
            ctx.lineTo(width - pad, height - pad)
            ctx.stroke()
            ctx.strokeStyle = Theme.accent
            ctx.lineWidth = 3
            ctx.beginPath()
            let drawing = false
            for (let i = 0; i < n; ++i) {
                const v = root.points[i].value
                if (typeof v !== "number") {
                    drawing = false
                    continue
                }
                if (drawing)
                    ctx.lineTo(x(i), y(v))
                else
                    ctx.moveTo(x(i), y(v))
                drawing = true
            }
            ctx.stroke()
            for (let i = 0; i < n; ++i) {
                const v = root.points[i].value
                const hidden = typeof v !== "number"
                ctx.beginPath()
                ctx.arc(x(i), hidden ? height - pad : y(v), 4, 0, 2 * Math.PI)
                if (hidden) {
                    ctx.fillStyle = Theme.page
                    ctx.fill()
                    ctx.lineWidth = 1.5
                    ctx.stroke()
                    ctx.lineWidth = 3
                } else {
                    ctx.fillStyle = Theme.accent
                    ctx.fill()
                }
            }
        }
        onWidthChanged: requestPaint()
        Connections {
            target: root
            function onPointsChanged() { canvas.requestPaint() }
            function onMirroredChanged() { canvas.requestPaint() }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            text: root.points.length > 0 ? root.points[0].label : ""
            font.pixelSize: Theme.small
            color: Theme.inkSoft
        }
        Item { Layout.fillWidth: true }
        Label {
            text: root.points.length > 1 ? root.points[root.points.length - 1].label : ""
            font.pixelSize: Theme.small
            color: Theme.inkSoft
        }
    }
}
