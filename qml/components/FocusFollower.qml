import QtQuick

// Keeps the focused control in sight: when focus moves (Tab, a screen reader's SetFocus) to a
// control that a Flickable or ListView has scrolled away, or that lies under its edge, that
// view scrolls just enough to show it whole. One for the window, so no page needs its own.
QtObject {
    id: root

    required property Window window
    readonly property Item focused: window ? window.activeFocusItem : null
    readonly property int margin: 8

    // After the layout of a page that was just shown has settled.
    onFocusedChanged: Qt.callLater(root.reveal)

    function isFlickable(item) {
        return item.contentY !== undefined && item.contentItem !== undefined
               && item.flickableDirection !== undefined
    }

    function reveal() {
        let item = root.focused
        if (!item)
            return
        for (let view = item.parent; view; view = view.parent) {
            if (!isFlickable(view) || view.contentHeight <= view.height)
                continue
            const box = item.mapToItem(view.contentItem, 0, 0, item.width, item.height)
            const lowest = view.originY - view.topMargin
            const highest = view.originY + view.contentHeight + view.bottomMargin - view.height
            let y = view.contentY
            if (box.y + box.height + margin > y + view.height)
                y = box.y + box.height + margin - view.height
            if (box.y - margin < y)
                y = box.y - margin
            view.contentY = Math.max(lowest, Math.min(highest, y))
            item = view     // an outer view shows this one
        }
    }
}
