"""Three ways to operate the same control, so one flow runs three times and the stored results
can be compared: by touch (a click at the control's centre), by a screen reader (AT-SPI
actions only), and by keyboard alone (Tab to the control, then Space or Enter). AT-SPI is used
by the touch and keyboard operators only to see where things are, as a sighted person would."""

import os
import subprocess
import time

import pyatspi

import at

MAX_TABS = 120        # a page has far fewer stops; more means focus is stuck or lost
MAX_ARROWS = 60
MAX_SCROLLS = 10
MAX_SETTLE = 20        # looks at a moving control's box, 0.15 s apart
COVERING = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_LABEL}
BAR = {pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_PAGE_TAB_LIST}     # the navigation, over the page


def xdotool(display, *args):
    subprocess.run(["xdotool", *args], env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
                   check=True, timeout=20)
    time.sleep(0.25)


def focus_window(display, title="Buurtbrug"):
    """Gives the app's window the X keyboard focus: Xvfb has no window manager to do it."""
    found = subprocess.run(["xdotool", "search", "--sync", "--limit", "1", "--onlyvisible", "--name", title],
                           env={"DISPLAY": display, "PATH": "/usr/bin:/bin"}, capture_output=True,
                           text=True, timeout=30)
    window = found.stdout.split()[0] if found.stdout.split() else None
    if window is None:
        raise AssertionError("no window called %s on %s" % (title, display))
    xdotool(display, "mousemove", "5", "5")
    xdotool(display, "windowfocus", "--sync", window)


class Operator:
    name = "?"

    def __init__(self, app, display):
        self.app = app
        self.display = display

    def bring_into_view(self, look):
        """Until look() finds it: Tab, and the view scrolls to the focused control (Qt 6.4
        leaves a control scrolled out of the window off the bus, so a screen-reader user Tabs
        there as well, the keys passed on to the app as Orca does)."""
        for _ in range(MAX_TABS):
            found = look()
            if found:
                return found
            self.key("Tab")
            if os.environ.get("A11Y_DEBUG"):
                now = at.focused_node(self.app)
                print("DEBUG tab", now and (now.getRoleName(), at.name_of(now)), flush=True)
        raise AssertionError("Tab never brought it into view (%d presses)" % MAX_TABS)

    def type_text(self, text):
        xdotool(self.display, "type", "--delay", "40", text)

    def key(self, *keys):
        xdotool(self.display, "key", *keys)


class Touch(Operator):
    name = "touch"

    def visible_bottom(self, node):
        """Where the control stops being seen: the top of a button or bar that covers it."""
        x, y, w, h = at.box(node)
        bottom = y + h
        for other in at.walk(self.app):
            if other.getRole() not in COVERING or at.name_of(other) == at.name_of(node):
                continue
            ox, oy, ow, oh = at.box(other)
            if y < oy < bottom and ox < x + w and x < ox + ow:
                bottom = oy
        return bottom

    @staticmethod
    def settled_box(node):
        """The control's box once it stays put: a view still moving after a swipe, or a form
        still growing (a field that appears after a choice), would take the tap elsewhere."""
        box = at.box(node)
        for _ in range(MAX_SETTLE):
            time.sleep(0.15)
            now = at.box(node)
            if now == box:
                break
            box = now
        return box

    def under_bar(self, node):
        """The control's top lies under the navigation bar (or shows less than 8 px above
        it): a view scrolled it there, and a tap on it would change the section instead."""
        if node.getRole() in BAR:
            return False
        x, y, w, h = at.box(node)
        for other in at.walk(self.app):
            if other.getRole() not in BAR:
                continue
            ox, oy, ow, oh = at.box(other)
            if ox < x + w and x < ox + ow and oy <= y + 8 and y < oy + oh:
                return True
        return False

    def swipe_up_at(self, x, y):
        xdotool(self.display, "mousemove", str(x), str(y), "click", "5")
        time.sleep(0.3)

    def click(self, node):
        """Taps a control as a person does: a control below the window, or cut off by the
        buttons or the bar under a scrolling view, is first scrolled up with the wheel (a
        swipe) over its seen part, or over the page's margin when it lies under the bar;
        then it is tapped in the middle of what shows."""
        for _ in range(MAX_SCROLLS):
            x, y, w, h = self.settled_box(node)
            if self.under_bar(node):
                window = at.box(self.app.getChildAtIndex(0))
                self.swipe_up_at(window[0] + 6, window[1] + window[3] // 2)
                continue
            bottom = self.visible_bottom(node)
            if bottom >= y + h or bottom - y < 8:
                break
            self.swipe_up_at(x + w // 2, (y + bottom) // 2)
        if self.under_bar(node):
            raise AssertionError("%r stays under the navigation bar (box %s): nowhere to tap"
                                 % (at.name_of(node), at.box(node)))
        x, y, w, h = self.settled_box(node)
        bottom = self.visible_bottom(node)
        if os.environ.get("A11Y_DEBUG"):
            print("DEBUG tap %r box %s bottom %s" % (at.name_of(node), (x, y, w, h), bottom), flush=True)
        xdotool(self.display, "mousemove", str(x + w // 2), str((y + bottom) // 2), "click", "1")
        time.sleep(0.3)

    def activate(self, node):
        self.click(node)

    def bring_into_view(self, look):
        """A swipe up (the wheel) over the middle of the window, until it shows."""
        window = at.box(self.app.getChildAtIndex(0))
        for _ in range(MAX_SCROLLS * 3):
            found = look()
            if found:
                return found
            # In the page's margin: a table or chart inside the page would take the wheel.
            xdotool(self.display, "mousemove", str(window[0] + 6),
                    str(window[1] + window[3] // 2), "click", "5", "click", "5", "click", "5")
        raise AssertionError("scrolling never brought it into view")

    def type_into(self, node, text):
        self.click(node)
        self.type_text(text)

    def choose(self, combo, option):
        self.click(combo)
        self.click(at.find(self.app, "item", contains=option))


class ScreenReader(Operator):
    """Only AT-SPI: Press, Toggle, SetFocus. Typing goes to the focused field, as with Orca."""
    name = "screen reader"

    def activate(self, node):
        role = node.getRole()
        if role in (pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON) and "Toggle" in at.actions(node):
            at.toggle(node)
        else:
            at.press(node)

    def type_into(self, node, text):
        at.focus(node)
        at.wait_until(lambda: at.focused(node), 5, 0.1, "focus in the field")
        self.type_text(text)

    def bring_into_view(self, look):
        """SetFocus on the lowest control in sight (maybe cut off at the bottom), so the page
        scrolls on to show it whole (FocusFollower), until look() finds it: by AT-SPI alone."""
        last = None
        for _ in range(MAX_TABS // 4):
            found = look()
            if found:
                return found
            below = [n for n in at.walk(self.app) if n.getRole() in at.INTERACTIVE
                     and n.getRole() != pyatspi.ROLE_PAGE_TAB]
            if not below:
                break
            lowest = max(below, key=lambda n: at.box(n)[1] + at.box(n)[3])
            key = (at.name_of(lowest), at.box(lowest))
            if key == last:
                # Nothing to focus between here and there (a chart, a table): Tab on, as an Orca
                # user does.
                self.key("Tab")
                continue
            last = key
            at.focus(lowest)
            time.sleep(0.2)
        raise AssertionError("moving the focus down never brought it into view")

    def choose(self, combo, option):
        at.press(combo)
        at.press(at.find(self.app, "item", contains=option))


class Keyboard(Operator):
    """Tab and Shift+Tab to reach a control, Space for a check box or radio button, Enter for
    the rest; arrow keys inside a list or a combo box."""
    name = "keyboard"

    focus = None    # at.FocusEvents, made on first use (it listens on this session's bus)

    def focused(self, seen=None):
        """The focused control: from the focus events after a key, else by walking the tree."""
        if seen is not None:
            node = Keyboard.focus.after_key(seen)
            try:
                # A focus scope (a list, the tab bar) is focused with the control: walk then.
                if node is not None and node.getRole() in at.INTERACTIVE and at.focused(node) \
                        and at.showing(node):
                    return node
            except Exception:
                pass
        return at.focused_node(self.app)

    def tab(self):
        if Keyboard.focus is None:
            Keyboard.focus = at.FocusEvents()
        seen = Keyboard.focus.count
        self.key("Tab")
        return self.focused(seen)

    def reach(self, node):
        target = (at.name_of(node), node.getRole())
        def same(now):
            return now is not None and (at.name_of(now), now.getRole()) == target
        now = at.focused_node(self.app)
        for _ in range(MAX_TABS):
            if same(now):
                return
            now = self.tab()
        raise AssertionError("Tab never reached %r (%d presses)" % (target[0], MAX_TABS))

    def reach_item(self, item):
        """A list is one Tab stop; inside it the arrow keys move."""
        target = at.name_of(item)
        for _ in range(MAX_TABS):
            now = at.focused_node(self.app)
            if now is not None and now.getRole() == pyatspi.ROLE_LIST_ITEM:
                break
            self.key("Tab")
        for _ in range(MAX_ARROWS):
            now = at.focused_node(self.app)
            if now is not None and at.name_of(now) == target:
                return
            self.key("Down")
        raise AssertionError("the arrow keys never reached %r" % target)

    def activate(self, node):
        if node.getRole() == pyatspi.ROLE_LIST_ITEM:
            self.reach_item(node)
        else:
            self.reach(node)
        role = node.getRole()
        self.key("space" if role in (pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON) else "Return")
        time.sleep(0.3)

    def type_into(self, node, text):
        self.reach(node)
        self.type_text(text)

    def choose(self, combo, option):
        self.reach(combo)
        self.key("space")
        # The open list highlights with the arrow keys; Enter takes the highlighted one.
        for _ in range(MAX_ARROWS):
            if self._highlighted(option):
                break
            self.key("Down")
        self.key("Return")

    def _highlighted(self, option):
        for node in at.find_all(self.app, "item", contains=option):
            s = node.getState()
            if s.contains(pyatspi.STATE_SELECTED) or s.contains(pyatspi.STATE_FOCUSED):
                return True
        return False


OPERATORS = {"touch": Touch, "atspi": ScreenReader, "keyboard": Keyboard}
