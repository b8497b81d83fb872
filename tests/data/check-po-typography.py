#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Chinese typography over every msgstr of po/zh_TW.po and po/zh_CN.po.

1. No ASCII space after full-width punctuation ("，", "。", "：", "）", "」" …):
   the punctuation carries its own spacing.
2. A number stays with its unit: between a number (digits, "140/91", or a
   printf conversion such as %s, %.1f, %2$d) and a unit (mmHg, kg, °C …) there
   is no ASCII space (or line break) — U+00A0 or U+202F instead, so a line never
   breaks between "140/91" and "mmHg".

Prints each offender (file:line, the rule, the text around it) and exits 1.
Usage: check-po-typography.py SOURCE_ROOT
"""

import re
import sys
from pathlib import Path

LANGUAGES = ("zh_TW", "zh_CN")

# CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms, and the curly
# quotes, ellipsis and dash as Chinese text uses them.
FULL_WIDTH_PUNCT = "[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014]"
RULE_PUNCT = re.compile(FULL_WIDTH_PUNCT + " ")

UNITS = ("mmHg", "kPa", "kg", "lb", "st", "cm", "ft", "in", "mmol/L", "mg/dL",
         "°C", "°F", "bpm", "h", "min", "%")
NUMBER = r"(?:\d|%(?:\d+\$)?[-+ 0#']*\d*(?:\.\d+)?[dfgisu])"
UNIT = "(?:" + "|".join(re.escape(u) for u in UNITS) + ")"
# After the unit: not a letter or digit (so "%" does not match "%s", "h" not "hours").
RULE_UNIT = re.compile(NUMBER + r"(?: |\\n)+" + UNIT + r"(?![A-Za-z0-9$.'%])")

STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def entries(path):
    """Yield (line number, msgstr text) for every msgstr (plural forms too)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("msgstr"):
            start = i + 1
            parts = STRING.findall(line)
            i += 1
            while i < len(lines) and lines[i].startswith('"'):
                parts += STRING.findall(lines[i])
                i += 1
            yield start, "".join(parts)
        else:
            i += 1


def rules_work():
    """The rules themselves: each must catch its fault and pass the fixed text."""
    bad_punct = ("高於 92\u00a0%。 靜止時", "注意： 低血糖", "（ADA） 起")
    bad_unit = ("低於 3.0 mmol/L", "%d 到 %d mmHg", "92 %", "140/91 mmHg", "%.1f °C", "7 h")
    good = ("低於 3.0\u00a0mmol/L（54\u202fmg/dL）。", "%d 到 %d\u00a0mmHg", "%s 的 %d 次",
            "高於 92\u00a0%。", "第 2 級", "7 小時", "\u201calert: x\u201d")
    ok = True
    for text in bad_punct:
        ok &= RULE_PUNCT.search(text) is not None
    for text in bad_unit:
        ok &= RULE_UNIT.search(text) is not None
    for text in good:
        ok &= RULE_PUNCT.search(text) is None and RULE_UNIT.search(text) is None
    return ok


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    if not rules_work():
        print("the checks' own examples fail: the rules are broken", file=sys.stderr)
        return 1
    root = Path(sys.argv[1])
    offenders = 0
    checked = 0
    for lang in LANGUAGES:
        path = root / "po" / (lang + ".po")
        for lineno, text in entries(path):
            if not text:
                continue
            checked += 1
            for rule, name in ((RULE_PUNCT, "space after full-width punctuation"),
                               (RULE_UNIT, "breakable space between a number and its unit")):
                for m in rule.finditer(text):
                    offenders += 1
                    around = text[max(0, m.start() - 12):m.end() + 12]
                    print(f"{path.name}:{lineno}: {name}: {m.group(0)!r} in …{around}…")
    if checked < 100:
        print(f"only {checked} msgstrs found: is the path right?", file=sys.stderr)
        return 1
    if offenders:
        print(f"{offenders} offender(s) in {checked} msgstrs")
        return 1
    print(f"{checked} msgstrs checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
