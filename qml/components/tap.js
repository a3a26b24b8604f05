.pragma library

// What a finger's tap emits, for a screen reader's Press or Toggle and for Enter or Return
// (Qt 6.4 runs no code for those by itself): a checkable control flips first (toggled), then
// clicked; a control that is disabled or hidden does nothing, as under a finger.
function activate(control) {
    if (!control.enabled || !control.visible)
        return
    if (control.checkable) {
        control.toggle()
        control.toggled()
    }
    control.clicked()
}
