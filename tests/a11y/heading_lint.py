#!/usr/bin/env python3
"""Text styled as a heading must be a heading for a screen reader. Qt 6.4 sends no font
attributes over AT-SPI, so this reads the QML: a Label or Text that is bold at the heading or
title size must be a Heading (components/Heading.qml), or be ignored by accessibility because
what it says is read as part of its control (a list item's name), or have a role chosen on
purpose (a large key figure is StaticText). Exits 1 on any."""

import pathlib
import re
import sys

STYLED = re.compile(r"font\.pixelSize:\s*Theme\.(heading|title)\b")
BOLD = re.compile(r"font\.bold:\s*true\b")
OPENING = re.compile(r"(?<![\w.])(Label|Text)\s*\{")


def block(text, start):
    depth = 0
    for i in range(text.index("{", start), len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return text[start:i + 1]
    return text[start:]


def own_properties(body):
    """The block's own lines, without those of nested objects."""
    inner, depth = [], 0
    for ch in body[body.index("{") + 1:]:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0:
            inner.append(ch)
    return "".join(inner)


def problems(qml_dir):
    found = []
    for path in sorted(pathlib.Path(qml_dir).rglob("*.qml")):
        text = path.read_text(encoding="utf-8")
        for match in OPENING.finditer(text):
            own = own_properties(block(text, match.start()))
            line = text.count("\n", 0, match.start()) + 1
            if match.group(1) == "Label" and "Accessible.Heading" in own:
                found.append("%s:%d: a Label cannot be a heading in Qt 6.4 (it resets the role); "
                             "use Heading" % (path, line))
                continue
            if not (STYLED.search(own) and BOLD.search(own)):
                continue
            if "Accessible.ignored: true" in own or "Accessible.role:" in own:
                continue
            found.append("%s:%d: a bold %s at heading size is not a Heading" % (path, line, match.group(1)))
    return found


if __name__ == "__main__":
    found = problems(sys.argv[1])
    for problem in found:
        print("FAIL: " + problem)
    print("%d heading-styled texts without the heading role" % len(found))
    sys.exit(1 if found else 0)
