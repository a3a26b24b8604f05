"""The accessibility audit of issue 20, over each main page as AT-SPI shows it: every
interactive control has a name, in the UI language, and a box of at least 48 px; text styled
as a heading (bold, at least the heading size) is a heading; every page has one; and every
control that Tab focuses is shown whole: inside the window, not under the navigation bar or
another control."""

import os
import tempfile
import time

import pyatspi

import at

MIN_BOX = 48
MAX_TABS = 80
TOUCH_ROLES = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
               pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_COMBO_BOX,
               pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_TOGGLE_BUTTON}


# Each language is offered in its own script, whatever the UI language (LanguagePage, chips).
NATIVE_NAMES = {"English", "Nederlands", "العربية", "Türkçe", "Polski"}


def english_only(name, tr):
    """A name that is an English source text with a different translation: not translated."""
    if tr.language == "en" or name not in tr.table or name in NATIVE_NAMES:
        return False
    return tr.table[name] != name and name not in tr.values()


def heading_styled(node, heading_px):
    """Bold text at the heading size or more, from the text's own attributes."""
    try:
        attributes = dict(a.split(":", 1) for a in node.queryText().getDefaultAttributeSet())
    except Exception:
        return False
    weight = attributes.get("weight", "400").strip()
    size = attributes.get("font-size", attributes.get("size", "0")).strip().rstrip("ptx")
    try:
        return int(float(weight)) >= 600 and float(size) >= heading_px
    except ValueError:
        return False


def check_tree(root, tr, page, heading_px):
    problems = []
    nodes = at.walk(root)
    if not any(n.getRole() == pyatspi.ROLE_HEADING for n in nodes):
        problems.append("%s: no heading" % page)
    for node in nodes:
        role = node.getRole()
        name = at.name_of(node).strip()
        if role in at.INTERACTIVE:
            if not name:
                problems.append("%s: a %s without a name" % (page, node.getRoleName()))
            elif english_only(name, tr):
                problems.append("%s: %s %r is not in %s" % (page, node.getRoleName(), name, tr.language))
        if role in TOUCH_ROLES:
            x, y, w, h = at.box(node)
            if w < MIN_BOX or h < MIN_BOX:
                problems.append("%s: %s %r is %dx%d px" % (page, node.getRoleName(), name, w, h))
        if heading_px and role in (pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC) and heading_styled(node, heading_px):
            problems.append("%s: %r looks like a heading but is a %s" % (page, name, node.getRoleName()))
    return problems


def contains(outer, inner):
    ox, oy, ow, oh = outer
    ix, iy, iw, ih = inner
    return ox <= ix and oy <= iy and ix + iw <= ox + ow and iy + ih <= oy + oh


RINGED = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
          pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_COMBO_BOX}


def check_focus_walk(root, operator, page, display):
    """Tabs through the page once round. Each focused control must be inside the window and
    show the focus ring on all four sides: a ring cut off or covered (by the navigation bar,
    the buttons under a scrolling view, the edge of a list) means it is not seen whole."""
    from screen import Screen
    problems = []
    window = at.box(root.getChildAtIndex(0))
    seen = []
    for _ in range(MAX_TABS):
        operator.key("Tab")
        time.sleep(0.4)    # the view scrolls to it (FocusFollower) on the next frame
        node = at.focused_node(root)
        if node is None:
            problems.append("%s: Tab moved focus to nothing visible" % page)
            continue
        box = at.box(node)
        key = (at.name_of(node), node.getRole(), box)
        if key in seen:
            break          # round the page once
        seen.append(key)
        name = at.name_of(node)
        # A text of many lines taller than the page can show between its header and the
        # navigation (a long description at text size 2.0; over half the window) cannot be
        # seen whole: it is seen when the view has brought its top into sight. (The page's view
        # itself is not on the bus: a Flickable has no accessible object in Qt 6.4.)
        tall_text = (node.getRole() == pyatspi.ROLE_TEXT and box[3] > window[3] // 2
                     and window[1] <= box[1] <= window[1] + window[3] // 2)
        if not contains(window, box) and not tall_text and not (node.getRole() == pyatspi.ROLE_LIST_ITEM
                                                                and box[3] > at.box(node.parent)[3]):
            problems.append("%s: focused %r at %s is outside the window %s" % (page, name, box, window))
            continue
        if node.getRole() in RINGED:
            # A list item taller than its list (large text) is shown from its top.
            view = at.box(node.parent) if node.getRole() == pyatspi.ROLE_LIST_ITEM else None
            taller = view is not None and box[3] > view[3]
            if taller:
                box = (box[0], box[1], box[2], view[1] + view[3] - box[1])
            screen = Screen(display)
            ring = screen.ring_around(box, open_bottom=taller)
            if ring < 0.6:
                # The screen as it was, for a person to look at.
                shot = os.path.join(tempfile.gettempdir(), "a11y-ring-%d.png" % os.getpid())
                screen.save_png(shot)
                problems.append("%s: focused %s %r at %s shows %d%% of its focus ring on its weakest side (%s)"
                                % (page, node.getRoleName(), name, box, round(ring * 100), shot))
    if len(seen) < 2:
        problems.append("%s: Tab reached %d control(s)" % (page, len(seen)))
    return problems


def heading_size(root):
    """The font size of the page title, a heading by construction (PageHeader)."""
    for node in at.walk(root):
        if node.getRole() == pyatspi.ROLE_HEADING:
            try:
                attributes = dict(a.split(":", 1) for a in node.queryText().getDefaultAttributeSet())
                return float(attributes.get("font-size", "0").strip().rstrip("ptx")) or None
            except Exception:
                return None
    return None


def in_reading_order(root):
    """Every showing object depth first, as a screen reader reads the page (at most MAX_NODES)."""
    order, stack = [], [root]
    while stack and len(order) < at.MAX_NODES:
        node = stack.pop()
        if node is None:
            continue
        order.append(node)
        try:
            children = [node.getChildAtIndex(i) for i in range(min(node.childCount, 500))]
        except Exception:
            continue
        stack.extend(reversed([c for c in children if c is not None and at.showing(c)]))
    return order


def check_reading_order(root, page):
    """The page's title is read before the navigation: its first heading before the first tab."""
    roles = [n.getRole() for n in in_reading_order(root)]
    if pyatspi.ROLE_HEADING in roles and pyatspi.ROLE_PAGE_TAB in roles \
            and roles.index(pyatspi.ROLE_PAGE_TAB) < roles.index(pyatspi.ROLE_HEADING):
        return ["%s: the navigation is read before the page title" % page]
    return []


def reach(root, operator, role, name):
    """The control, Tabbed back into view where it lies out of sight (at large text, or after a
    focus walk scrolled the page): Qt 6.4 takes a scrolled-away control off the bus."""
    try:
        return at.find(root, role, name, timeout=5)
    except AssertionError:
        return operator.bring_into_view(lambda: (at.find_all(root, role, name) + [None])[0])


def join(root, tr, operator, url, code):
    """Joins the organisation on the Sync page by AT-SPI and typing, as the join flow does."""
    for field, text in ((tr("Server address"), url), (tr("Invite code"), code)):
        at.focus(reach(root, operator, "text", field))
        operator.type_text(text)
    at.press(reach(root, operator, "button", tr("Check the code")))
    at.gone(root, "text", tr("Invite code"), timeout=30)


def audit_pages(root, tr, operator, display, joining=None):
    """Visits every main page by AT-SPI Press and audits it; returns the problems found.
    joining: (server URL, a coordinator's invite code) to reach the page that issues cards."""
    problems = []

    # Qt 6.4 gives no text attributes over AT-SPI; where it does, they are checked too. The
    # rule is always checked on the QML source (heading_lint.py).
    heading_px = heading_size(root)

    def visit(page):
        time.sleep(1.0)
        # A page that opens a speech engine (Language) keeps the app busy for seconds: wait,
        # bounded, until it answers with its heading again.
        try:
            at.find(root, "heading", timeout=30)
        except AssertionError:
            pass
        problems.extend(check_tree(root, tr, page, heading_px))
        problems.extend(check_reading_order(root, page))
        problems.extend(check_focus_walk(root, operator, page, display))

    visit("Initiatives")
    # Then each page after the presses that lead there: (role, English name) pairs.
    at.focus(at.find(root, "text", tr("Search initiatives")))
    operator.type_text("wijkpaleis")
    at.press(at.find(root, "item", contains="Wijkpaleis"))
    visit("Initiative")
    route = [
        ("Translation editor", [("button", "Add or correct a translation")]),
        ("Log", [("button", "Cancel"), ("button", "Back"), ("tab", "Log")]),
        ("Market tally", [("button", "Market tally"), ("button", "Count a conversation")]),
        ("Reports", [("button", "Back"), ("tab", "Reports")]),
        ("Card", [("tab", "Stamp card")]),
        ("Stamp a card", [("button", "Stamp a card")]),
        ("Sync", [("button", "Back"), ("tab", "Sync")]),
        ("Language", [("button", "Choose the language of the app")]),
    ]
    if joining:
        route += [("join", [("button", "Back")]),
                  ("Issue a card", [("tab", "Stamp card"), ("button", "Issue a card")])]
    for page, presses in route:
        for role, name in presses:
            try:
                node = reach(root, operator, role, tr(name))
            except AssertionError as error:
                raise AssertionError("%s: %s %r (%s)" % (page, role, tr(name), error)) from None
            at.press(node)
        if page == "join":
            join(root, tr, operator, *joining)
        else:
            visit(page)
    return problems
