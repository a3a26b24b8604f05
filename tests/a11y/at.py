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


def visible(node):
    """Shown, though maybe scrolled out of the window (Qt then leaves out SHOWING)."""
    return node.getState().contains(pyatspi.STATE_VISIBLE)


def walk(root, only_showing=True, test=None):
    """Every accessible object under root, breadth first, at most MAX_NODES; only the showing
    ones, or those passing test (e.g. visible)."""
    test = test or (showing if only_showing else (lambda n: True))
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
            if child is not None and test(child):
                queue.append(child)
    return seen


def name_of(node):
    return node.name or ""


def find_all(root, role, name=None, contains=None, scrolled=False):
    """scrolled: also those scrolled out of the window (a person scrolls to them)."""
    want = ROLE_NAMES.get(role, role)
    found = []
    for node in walk(root, test=visible if scrolled else showing):
        if node.getRole() != want:
            continue
        n = name_of(node)
        if name is not None and n != name:
            continue
        if contains is not None and contains not in n:
            continue
        found.append(node)
    return found


def find(root, role, name=None, contains=None, timeout=10, scrolled=False):
    """The one showing control with this role and name (exact, or containing)."""
    def look():
        hits = find_all(root, role, name, contains, scrolled)
        return hits[0] if hits else None
    try:
        return wait_until(look, timeout, 0.2, "%s %r" % (role, name if name is not None else contains))
    except AssertionError as error:
        # Say what there is instead: a renamed or hidden control is found at once.
        try:
            there = [name_of(n) for n in walk(root) if n.getRole() == ROLE_NAMES.get(role, role)][:12]
        except Exception as gone:    # the app itself went away
            raise AssertionError("%s; the app does not answer: %s" % (error, gone)) from None
        raise AssertionError("%s; showing %s: %s" % (error, role, there)) from None


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


class Announcements:
    """What the app told the bus without being asked: the name changes of its status lines and
    alerts (object:property-change:accessible-name), as a screen reader hears them. Qt 6.4 has
    no announcement call; these events are what a live change can send."""

    EVENT = "object:property-change:accessible-name"

    def __init__(self):
        self.heard = []
        pyatspi.Registry.registerEventListener(self._on_event, self.EVENT)

    def close(self):
        pyatspi.Registry.deregisterEventListener(self._on_event, self.EVENT)

    def _on_event(self, event):
        try:
            self.heard.append((event.source.getRole(), event.source.name or ""))
        except Exception:   # the object went away before it was read
            pass

    def pump(self, most=500):
        """Delivers the events waiting on the bus connection (pyatspi's GLib main context)."""
        from gi.repository import GLib
        context = GLib.MainContext.default()
        for _ in range(most):
            if not context.iteration(False):
                break

    def wait_for(self, role, name, timeout, what):
        """Waits for a name change of an object with this role, to this name (any when None)."""
        def heard():
            self.pump()
            return any(r == role and (n == name if name is not None else n)
                       for r, n in self.heard)
        wait_until(heard, timeout, 0.1, "%s (heard: %s)" % (what, self.heard[-5:]))
        self.heard.clear()


def find_matching(root, role, texts, timeout=10):
    """The first showing control whose name is one of these translated texts, with any numbers
    where they have %1, %2."""
    import re
    patterns = [re.compile("^" + re.sub(r"%\d", r"\\d+", re.escape(t).replace("\\%", "%")) + "$") for t in texts]
    def look():
        for node in find_all(root, role):
            if any(p.match(name_of(node)) for p in patterns):
                return node
        return None
    return wait_until(look, timeout, 0.2, "%s like %r" % (role, texts))


class FocusEvents:
    """Where the focus went, from the focus events on the bus (object:state-changed:focused):
    far cheaper than walking the tree after every key. Qt also reports the focus scopes around
    a control (a list, the tab bar) as focused, so the last object to gain focus is the one."""

    EVENT = "object:state-changed:focused"

    def __init__(self):
        self.last = None
        self.count = 0
        pyatspi.Registry.registerEventListener(self._on_event, self.EVENT)

    def _on_event(self, event):
        if event.detail1 == 1:
            self.last = event.source
            self.count += 1

    def after_key(self, seen, settle=0.15, timeout=1.5):
        """The focused control once the events after a key press (count was seen) settled."""
        from gi.repository import GLib
        context = GLib.MainContext.default()
        deadline = time.monotonic() + timeout
        quiet_since = None
        while time.monotonic() < deadline:
            while context.iteration(False):
                quiet_since = None
            if self.count != seen:
                quiet_since = quiet_since or time.monotonic()
                if time.monotonic() - quiet_since >= settle:
                    break
            time.sleep(0.03)
        return self.last
