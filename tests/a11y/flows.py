"""The flows of issue 20, written once and run by any operator (touch, screen reader,
keyboard): find and open an initiative, log a market tally with chips and take one back,
handle a follow-up, stamp a card by its typed code, switch the language."""

import time

import at


class Flows:
    def __init__(self, app, operator, tr, card_code, place):
        self.app = app
        self.op = operator
        self.tr = tr
        self.card_code = card_code
        self.place = place

    def section(self, label):
        self.op.activate(at.find(self.app, "tab", self.tr(label)))

    def back(self):
        self.op.activate(at.find(self.app, "button", self.tr("Back")))

    def open_initiative(self):
        self.section("Initiatives")
        self.op.type_into(at.find(self.app, "text", self.tr("Search initiatives")), "wijkpaleis")
        item = at.find(self.app, "item", contains="Wijkpaleis")
        self.op.activate(item)
        at.find(self.app, "heading", contains="Wijkpaleis")
        self.back()
        at.find(self.app, "heading", self.tr("Initiatives nearby"))

    def market_tally(self):
        self.section("Log")
        self.op.activate(at.find(self.app, "button", self.tr("Market tally")))
        count = at.find(self.app, "button", self.tr("Count a conversation"))
        self.op.activate(count)
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

    def stamp_card(self):
        self.section("Stamp card")
        self.op.activate(at.find(self.app, "button", self.tr("Stamp a card")))
        self.op.choose(at.find(self.app, "combo", self.tr("Stamping for")), self.place)
        self.op.type_into(at.find(self.app, "text", self.tr("Card code")), self.card_code)
        self.op.activate(at.find(self.app, "button", self.tr("Check the code")))
        time.sleep(0.5)
        self.back()

    def switch_language(self):
        self.section("Sync")
        self.op.activate(at.find(self.app, "button", self.tr("Choose the language of the app")))
        self.op.activate(at.find(self.app, "radio", "English"))
        # The interface is English now: the navigation says so.
        at.find(self.app, "tab", "Initiatives", timeout=10)

    def all(self):
        for flow in (self.open_initiative, self.market_tally, self.follow_up, self.stamp_card,
                     self.switch_language):
            print("  %s: %s" % (self.op.name, flow.__name__), flush=True)
            flow()
