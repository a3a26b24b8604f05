"""The flows of issue 20, written once and run by any operator (touch, screen reader,
keyboard): find and open an initiative and read it aloud, log a market tally with chips and
take one back, handle a follow-up, record attendance, log a contact with a referral, stamp a
card by its typed code, see one's own card and change its sharing, join an organisation,
export a report, switch the language. Live changes (the tally count, a stamp's result, the
sync state) must reach the AT-SPI bus as events, whoever operates."""

import os

import pyatspi

import at

# What the flows type: a contact's code and whom they were referred to.
CONTACT_CODE = "a11y-17"
REFERRED_TO = "huisarts"


class Flows:
    def __init__(self, app, operator, tr, card_code, place, join=None, heard=None):
        self.app = app
        self.op = operator
        self.tr = tr
        self.card_code = card_code
        self.place = place
        self.join = join          # (server URL, invite code), or None: the join flow is left out
        self.heard = heard        # at.Announcements, or None

    def get(self, role, name=None, contains=None):
        """A control on the current page, scrolled into view first where it lies out of sight.
        role may be a tuple: any one of them."""
        roles = role if isinstance(role, tuple) else (role,)
        def look():
            return (sum((at.find_all(self.app, r, name, contains) for r in roles), []) + [None])[0]
        try:
            return at.wait_until(look, 3, 0.2, "%s %r" % (role, name))
        except AssertionError:
            return self.op.bring_into_view(look)

    def section(self, label):
        self.op.activate(at.find(self.app, "tab", self.tr(label)))

    def back(self):
        self.op.activate(at.find(self.app, "button", self.tr("Back")))

    def told(self, role, name, what):
        """The app sent the bus a name change of a status line or an alert (a live change)."""
        if self.heard is not None:
            self.heard.wait_for(role, name, 10, what)

    def open_and_read_aloud(self):
        self.section("Initiatives")
        self.op.type_into(at.find(self.app, "text", self.tr("Search initiatives")), "wijkpaleis")
        item = at.find(self.app, "item", contains="Wijkpaleis")
        self.op.activate(item)
        at.find(self.app, "heading", contains="Wijkpaleis")
        # Read aloud answers the press at once; then it reads (Stop reading is offered) or says,
        # in the UI language, why it cannot.
        self.op.activate(at.find(self.app, "button", self.tr("Read aloud")))
        cannot = [self.tr(t).split("%1")[0] for t in
                  ("This phone cannot read %1 aloud.", "This device cannot read aloud.",
                   "This device has no sound output right now.", "Reading aloud did not work.")]
        def answered():
            if at.find_all(self.app, "button", self.tr("Stop reading")):
                return "reading"
            for alert in at.find_all(self.app, pyatspi.ROLE_ALERT):
                if any(at.name_of(alert).startswith(c) for c in cannot):
                    return "cannot"
            return None
        # The first read may open the speech engine (seconds, the app busy meanwhile): bounded.
        if at.wait_until(answered, 60, 0.2, "reading aloud or a message why not") == "reading":
            self.op.activate(at.find(self.app, "button", self.tr("Stop reading")))
        self.back()
        at.find(self.app, "heading", self.tr("Initiatives nearby"))

    def market_tally(self):
        self.section("Log")
        self.op.activate(self.get("button", self.tr("Market tally")))
        count = at.find(self.app, "button", self.tr("Count a conversation"))
        self.op.activate(count)
        self.told(pyatspi.ROLE_STATUS_BAR, self.tr.plural("%n conversation(s) today", 1), "the count told")
        self.op.activate(at.find(self.app, "check", "العربية"))
        self.op.activate(at.find(self.app, "check", self.tr("Housing")))
        self.op.activate(at.find(self.app, "check", self.tr("A chat")))
        # Two taps on a chip: on, then off again; the stored conversation has no chat.
        self.op.activate(at.find(self.app, "check", self.tr("A chat")))
        at.wait_until(lambda: at.checked(at.find(self.app, "check", self.tr("Housing"))), 5, 0.2,
                      "Housing shown as stored")
        self.op.activate(count)
        self.op.activate(at.find(self.app, "button", self.tr("Undo the last conversation")))
        self.back()

    def follow_up(self):
        self.section("Log")
        arrived = at.find(self.app, "button", contains=self.tr("Arrived") + ", ")
        self.op.activate(arrived)
        at.gone(self.app, "button", at.name_of(arrived))

    def attendance(self):
        """Today's first activity on the Log page: three people came."""
        self.section("Log")
        # Below the follow-ups, out of the window: scrolled to first.
        self.op.activate(self.op.bring_into_view(lambda: (at.find_all(self.app, "item") + [None])[0]))
        self.op.activate(at.find(self.app, "button", self.tr.plural("%n people came", 3)))
        saved = self.tr.plural("Saved: %n people came.", 3)
        self.told(pyatspi.ROLE_STATUS_BAR, saved, "the attendance told")
        at.find(self.app, pyatspi.ROLE_STATUS_BAR, saved)

    def contact_with_referral(self):
        self.section("Log")
        self.op.activate(self.get("button", self.tr("New contact")))
        self.op.type_into(self.get("text", self.tr("Nickname or code")), CONTACT_CODE)
        # One of a single choice: a radio button (RadioChip), not a check box.
        self.op.activate(self.get("radio", self.tr("A professional")))
        self.op.type_into(self.get("text", self.tr("Referred to whom")), REFERRED_TO)
        self.op.activate(self.get("button", self.tr("Save contact")))
        self.told(pyatspi.ROLE_STATUS_BAR, self.tr("Contact saved."), "the contact told")
        at.find(self.app, "heading", self.tr("Log"))

    def stamp_card(self):
        self.section("Stamp card")
        self.op.activate(at.find(self.app, "button", self.tr("Stamp a card")))
        self.op.choose(at.find(self.app, "combo", self.tr("Stamping for")), self.place)
        self.op.type_into(at.find(self.app, "text", self.tr("Card code")), self.card_code)
        self.op.activate(at.find(self.app, "button", self.tr("Check the code")))
        self.told(pyatspi.ROLE_ALERT, None, "the stamp's result told")
        at.find(self.app, pyatspi.ROLE_ALERT)
        self.back()

    def my_card_sharing(self):
        """The holder adds their card by its code, opens it and lets the referrer see it."""
        self.section("Stamp card")
        self.op.type_into(at.find(self.app, "text", self.tr("Card code")), self.card_code)
        self.op.activate(at.find(self.app, "button", self.tr("Check the code")))
        self.op.activate(at.find_matching(self.app, "button", [self.tr("%1 of %2 places stamped. Open my card"),
                                                               self.tr("Every place visited. Open my card")]))
        name = self.tr("My referrer may see which places I visited")
        # A switch: Qt 6.4 calls it a toggle button or a check box, depending on the style.
        share = at.wait_until(lambda: (at.find_all(self.app, pyatspi.ROLE_TOGGLE_BUTTON, name)
                                       + at.find_all(self.app, "check", name) + [None])[0], 10, 0.2, "the sharing switch")
        self.op.activate(share)
        at.wait_until(lambda: at.checked(share), 5, 0.2, "sharing shown as on")
        self.back()

    def join_organisation(self):
        if self.join is None:
            return
        url, code = self.join
        self.section("Sync")
        self.op.type_into(at.find(self.app, "text", self.tr("Server address")), url)
        self.op.type_into(at.find(self.app, "text", self.tr("Invite code")), code)
        self.op.activate(at.find(self.app, "button", self.tr("Check the code")))
        # Joined: the form is gone, and the sync line tells what it does.
        at.gone(self.app, "text", self.tr("Invite code"), timeout=30)
        self.told(pyatspi.ROLE_STATUS_BAR, None, "the sync state told")

    def export_report(self):
        self.section("Reports")
        # The period is one of a single choice: a radio button, chosen and told as chosen.
        months = self.get("radio", self.tr("Last 12 months"))
        self.op.activate(months)
        at.wait_until(lambda: at.checked(self.get("radio", self.tr("Last 12 months"))), 5, 0.2,
                      "the period of 12 months chosen")
        self.op.activate(self.get("button", self.tr("Export CSV")))
        self.get("button", self.tr("Open the saved file"))

    def switch_language(self):
        self.section("Sync")
        self.op.activate(at.find(self.app, "button", self.tr("Choose the language of the app")))
        self.op.activate(at.find(self.app, "radio", "English"))
        # The interface is English now: the navigation says so.
        at.find(self.app, "tab", "Initiatives", timeout=10)

    def all(self, only=None, before_join=None):
        """Runs the flows in order; before_join() is called before joining, which replaces the
        phone's sample store with the organisation's (what the flows stored is read then)."""
        import time
        flows = (self.open_and_read_aloud, self.market_tally, self.follow_up, self.attendance,
                 self.contact_with_referral, self.stamp_card, self.my_card_sharing,
                 self.export_report, self.join_organisation, self.switch_language)
        for flow in flows:
            if only and flow.__name__ not in only:
                continue
            if flow == self.join_organisation and before_join:
                before_join()
            started = time.monotonic()
            flow()
            print("  %s: %s (%.0f s)" % (self.op.name, flow.__name__, time.monotonic() - started), flush=True)
