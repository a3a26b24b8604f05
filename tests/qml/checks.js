// What every page and component test checks on the rendered items, in either reading
// direction: no text is cut (elided, or wider than its item, or out of the frame sideways),
// and items are found by objectName among those shown.
.pragma library

function shownItems(root) {
    const found = []
    const walk = item => {
        if (!item || !item.visible || item.opacity === 0)
            return
        found.push(item)
        for (let i = 0; i < item.children.length; ++i)
            walk(item.children[i])
    }
    walk(root)
    return found
}

// The shown item with this objectName (the first in tree order), or null.
function named(root, name) {
    return shownItems(root).find(item => item.objectName === name) || null
}

function allNamed(root, prefix) {
    return shownItems(root).filter(item => String(item.objectName).startsWith(prefix))
}

function describe(item) {
    return String(item) + " \"" + String(item.text).slice(0, 60) + "\""
}

// Problems with text in `root` as laid out now: elided text (unless its objectName is in
// `mayElide`), wrapped text wider than its item, and text leaving `frame` sideways.
function cutText(root, frame, mayElide) {
    const allowed = mayElide || []
    const problems = []
    for (const item of shownItems(root)) {
        if (!("truncated" in item) || !("contentWidth" in item) || item.text === "" || item.width <= 0)
            continue
        if (item.truncated && allowed.indexOf(item.objectName) < 0)
            problems.push(describe(item) + " is cut off")
        else if (item.wrapMode !== undefined && item.wrapMode !== 0 /* Text.NoWrap */
                 && item.contentWidth > item.width + 1)
            problems.push(describe(item) + " is wider (" + Math.round(item.contentWidth) + ") than its item ("
                          + Math.round(item.width) + ")")
        const box = item.mapToItem(frame, 0, 0)
        // The drawn text, wherever the alignment puts it inside the item.
        const drawnLeft = item.effectiveHorizontalAlignment === 2 /* Text.AlignRight */
                ? box.x + item.width - Math.min(item.contentWidth, item.width)
                : item.effectiveHorizontalAlignment === 4 /* Text.AlignHCenter */
                  ? box.x + (item.width - Math.min(item.contentWidth, item.width)) / 2 : box.x
        const drawnRight = drawnLeft + Math.min(item.contentWidth, item.width)
        if (drawnLeft < -1 || drawnRight > frame.width + 1)
            problems.push(describe(item) + " leaves the frame (" + Math.round(drawnLeft) + ".." + Math.round(drawnRight) + ")")
    }
    return problems
}

// The horizontal centre of an item in frame coordinates.
function centreX(item, frame) {
    return item.mapToItem(frame, item.width / 2, 0).x
}

// Scrolls the Flickable around `item` so the item is on screen, as a thumb would before a tap.
function scrollIntoView(item) {
    for (let p = item.parent; p; p = p.parent) {
        if (p.contentY !== undefined && p.contentItem !== undefined && p.flicking !== undefined) {
            const at = item.mapToItem(p.contentItem, 0, 0)
            p.contentY = Math.max(0, Math.min(at.y - p.height / 3, p.contentHeight - p.height))
            return
        }
    }
}
