"""The UI's own translations (translations/buurtbrug_LANG.ts), so a test finds a control by
the name a person hears in that language, and fails when a name is not translated."""

import xml.etree.ElementTree as ElementTree


class Translations:
    def __init__(self, ts_file, language):
        self.language = language
        self.table = {}
        for message in ElementTree.parse(ts_file).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            # A text with a disambiguating comment ("navigation, short") is a variant.
            if message.find("comment") is not None:
                continue
            if translation is None or message.get("numerus") == "yes":
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            text = "".join(translation.itertext())
            if text:
                self.table.setdefault(source, text)

    def __call__(self, source):
        if self.language == "en":
            return self.table.get(source, source)
        if source not in self.table:
            raise AssertionError("no %s translation for %r" % (self.language, source))
        return self.table[source]

    def values(self):
        return set(self.table.values())
