"""What a screen reader does, through AT-SPI only: find the app and its controls by role and
name, read their states, press, toggle and focus them. Every walk is bounded."""

import time

import pyatspi

from session import wait_until

MAX_NODES = 4000      # a page of this app has a few hundred accessible objects
ROLE_NAMES = {
    "button": pyatspi.ROLE_PUSH_BUTTON,
    "check": pyatspi.ROLE_CHECK_BOX,
    "radio": pyatspi.ROLE_RADIO_BUTTON,
    "tab": pyatspi.ROLE_PAGE_TAB,
    "item": pyatspi.ROLE_LIST_ITEM,
    "heading": pyatspi.ROLE_HEADING,
    "text": pyatspi.ROLE_TEXT,
    "entry": pyatspi.ROLE_ENTRY,
    "combo": pyatspi.ROLE_COMBO_BOX,
    "label": pyatspi.ROLE_LABEL,
    "static": pyatspi.ROLE_STATIC,
}
INTERACTIVE = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
               pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_COMBO_BOX,
               pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT, pyatspi.ROLE_TOGGLE_BUTTON,
               pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER}


def find_app(timeout=60):
    def look():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(min(desktop.childCount, 50)):
            app = desktop.getChildAtIndex(i)
            if app is not None and (app.name or "").lower().startswith("buurtbrug"):
                if app.childCount > 0:
                    return app
        return None
    return wait_until(look, timeout, 0.5, "the app on the AT-SPI bus")


def states(node):
    return node.getState()


def showing(node):
    s = node.getState()
    return s.contains(pyatspi.STATE_SHOWING) and s.contains(pyatspi.STATE_VISIBLE)


def walk(root, only_showing=True):
    """Every accessible object under root, breadth first, at most MAX_NODES."""
    seen, queue = [], [root]
    while queue and len(seen) < MAX_NODES:
        node = queue.pop(0)
        if node is None:
            continue
        seen.append(node)
        try:
            count = node.childCount
        except Exception:
            continue
        for i in range(min(count, 500)):
            child = node.getChildAtIndex(i)
            if child is not None and (not only_showing or showing(child)):
                queue.append(child)
    return seen


def name_of(node):
    return node.name or ""


def find_all(root, role, name=None, contains=None):
    want = ROLE_NAMES.get(role, role)
    found = []
    for node in walk(root):
        if node.getRole() != want:
            continue
        n = name_of(node)
        if name is not None and n != name:
            continue
        if contains is not None and contains not in n:
            continue
        found.append(node)
    return found


def find(root, role, name=None, contains=None, timeout=10):
    """The one showing control with this role and name (exact, or containing)."""
    def look():
        hits = find_all(root, role, name, contains)
        return hits[0] if hits else None
    return wait_until(look, timeout, 0.2, "%s %r" % (role, name if name is not None else contains))


def gone(root, role, name, timeout=10):
    wait_until(lambda: not find_all(root, role, name), timeout, 0.2, "%s %r to go" % (role, name))


def actions(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return {}
    return {action.getName(i): i for i in range(action.nActions)}


def do(node, which):
    """Runs the named action (Press, Toggle, SetFocus) as a screen reader does."""
    names = actions(node)
    for key, index in names.items():
        if key.lower() == which.lower():
            try:
                done = node.queryAction().doAction(index)
            except Exception as error:   # GLib.GError: the app did not answer in time
                raise AssertionError("%s on %r got no answer: the app is busy in the handler (%s)"
                                     % (which, name_of(node), error)) from error
            if not done:
                raise AssertionError("%s refused on %r" % (which, name_of(node)))
            time.sleep(0.3)   # the app handles it on its next event loop turn
            return
    raise AssertionError("%r offers no %s action, only %s" % (name_of(node), which, list(names)))


def press(node):
    do(node, "Press")


def toggle(node):
    do(node, "Toggle")


def focus(node):
    if not node.queryComponent().grabFocus():
        raise AssertionError("grabFocus refused on %r" % name_of(node))
    time.sleep(0.3)


def checked(node):
    return node.getState().contains(pyatspi.STATE_CHECKED)


def focused(node):
    return node.getState().contains(pyatspi.STATE_FOCUSED)


def enabled(node):
    s = node.getState()
    return s.contains(pyatspi.STATE_ENABLED) and s.contains(pyatspi.STATE_SENSITIVE)


def box(node):
    extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return extents.x, extents.y, extents.width, extents.height


def focused_node(root):
    """The control with the keyboard focus. Qt also marks the focus scopes around it (the tab
    bar, the list) as focused, so this is the deepest focused object."""
    found = None
    for node in walk(root):
        if focused(node):
            found = node
    return found
