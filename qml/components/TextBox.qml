import QtQuick
import QtQuick.Controls
import Buurtbrug.Ui

// Text of several lines in a visible box (where to type must be seen before typing). Tab and
// Shift+Tab move to the next and the previous control, as from a one-line field: a keyboard
// user is never held here, and a tab character has no place in a description.
TextArea {
    id: area

    property alias box: box

    function moveFocus(event, forward) {
        const next = area.nextItemInFocusChain(forward)
        if (next)
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
        event.accepted = true
    }

    font.pixelSize: Theme.base
    wrapMode: TextEdit.Wrap
    padding: 8
    Keys.onTabPressed: event => area.moveFocus(event, true)
    Keys.onBacktabPressed: event => area.moveFocus(event, false)

    background: Rectangle {
        id: box
        color: "white"
        radius: 2
        border.width: area.activeFocus ? 2 : 1
        border.color: area.activeFocus ? Theme.accent : Theme.inkSoft
    }
}
