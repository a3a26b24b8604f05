"""The UI's own translations (translations/buurtbrug_LANG.ts), so a test finds a control by
the name a person hears in that language, and fails when a name is not translated."""

import xml.etree.ElementTree as ElementTree


class Translations:
    def __init__(self, ts_file, language):
        self.language = language
        self.table = {}
        self.plurals = {}
        for message in ElementTree.parse(ts_file).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            # A text with a disambiguating comment ("navigation, short") is a variant.
            if message.find("comment") is not None:
                continue
            if translation is None:
                continue
            if message.get("numerus") == "yes":
                forms = ["".join(f.itertext()) for f in translation.iter("numerusform")]
                if translation.get("type") not in ("unfinished", "obsolete", "vanished") and all(forms):
                    self.plurals.setdefault(source, forms)
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

    def plural(self, source, n):
        """A %n text for the number n, as Qt picks its form (Qt's rules for these languages)."""
        if self.language == "en":
            forms = self.plurals.get(source, [source, source])
        elif source not in self.plurals:
            raise AssertionError("no %s plural translation for %r" % (self.language, source))
        else:
            forms = self.plurals[source]
        if self.language == "ar":
            m = n % 100
            index = 0 if n == 0 else 1 if n == 1 else 2 if n == 2 else 3 if 3 <= m <= 10 else 4 if m >= 11 else 5
        elif self.language in ("nl", "en"):
            index = 0 if n == 1 else 1
        else:
            raise AssertionError("no plural rule for %s here" % self.language)
        return forms[min(index, len(forms) - 1)].replace("%n", str(n))

    def values(self):
        return set(self.table.values())
