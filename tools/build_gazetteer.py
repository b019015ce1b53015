#!/usr/bin/env python3
"""Build `kg/data/gazetteer.json` from the CC0 Wikidata subset.

Usage: python tools/build_gazetteer.py [../shared/data/wikidata-subset/entities.nt] [kg/data/gazetteer.json]

Why a build step: the actor recogniser needs the German and English names of states,
capitals, parties and international bodies at run time, without network access and
without shipping the whole N-Triples file. Persons are left out on purpose: people are
recognised by the NER model and by title patterns, and the linker (not the recogniser)
decides who they are.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

WD = "http://www.wikidata.org/entity/"
CLASS_COUNTRY, CLASS_CITY, CLASS_PARTY, CLASS_INTL, CLASS_US_STATE = (
    "Q6256",
    "Q515",
    "Q7278",
    "Q484652",
    "Q35657",
)
#: items of the subset that carry no class but are organisations or regions: every
#: untyped news agency, platform, international body and continent of the subset (the
#: self-declared republics, the canton of Geneva and the Russian presidential
#: administration are left to the linker: their names are no surface forms news use alone)
UNTYPED = {
    "Q918": ("Organisation", "media"),  # Twitter
    "Q130879": ("Organisation", "media"),  # Reuters
    "Q223799": ("Organisation", "media"),  # TASS
    "Q680662": ("Organisation", "media"),  # APA
    "Q312653": ("Organisation", "media"),  # DPA
    "Q40464": ("Organisation", "media"),  # AFP
    "Q40469": ("Organisation", "media"),  # AP
    "Q1764511": ("Organisation", "alliance"),  # G7
    "Q37470": ("Organisation", None),  # UN Security Council
    "Q8880": ("Organisation", "government"),  # European Commission
    "Q8889": ("Organisation", None),  # European Parliament
    "Q46": ("Place", "region"),  # Europe
}
TRIPLE = re.compile(r"^<([^>]+)> <([^>]+)> (.*) \.$")
LITERAL = re.compile(r'^"(.*)"(?:@([a-z-]+))?$')


def read(path: Path) -> dict[str, dict[str, list[tuple[str, str | None]]]]:
    items: dict[str, dict[str, list[tuple[str, str | None]]]] = defaultdict(lambda: defaultdict(list))
    for line in path.read_text(encoding="utf-8").splitlines():
        m = TRIPLE.match(line)
        if not m:
            continue
        s, p, o = m.groups()
        prop = re.split(r"[/#]", p)[-1]
        lit = LITERAL.match(o)
        if lit:
            items[s.removeprefix(WD)][prop].append((lit.group(1).replace('\\"', '"'), lit.group(2)))
        else:
            items[s.removeprefix(WD)][prop].append((o.strip("<>").removeprefix(WD), None))
    return items


def names(item: dict[str, list[tuple[str, str | None]]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"de": [], "en": []}
    for prop in ("label", "altLabel"):
        for value, lang in item.get(prop, []):
            if lang in out and value not in out[lang]:
                out[lang].append(value)
    return out


def build(items: dict) -> list[dict]:
    entries: list[dict] = []
    capitals: dict[str, str] = {}
    for qid, item in items.items():
        classes = {v for v, _ in item.get("P31", [])}
        if CLASS_COUNTRY in classes:
            for cap, _ in item.get("P36", []):
                capitals[cap] = qid
    for qid in sorted(items, key=lambda q: int(q[1:]) if q[1:].isdigit() else 0):
        item = items[qid]
        classes = {v for v, _ in item.get("P31", [])}
        country = next((v for v, _ in item.get("P17", [])), None)
        entry: dict = {"qid": qid, "names": names(item)}
        if CLASS_COUNTRY in classes:
            entry.update(category="Country", kind=None)
            iso = next((v for v, _ in item.get("P297", [])), None)
            if iso:
                entry["iso"] = iso
            cap = next((v for v, _ in item.get("P36", [])), None)
            if cap:
                entry["capital"] = cap
        elif qid in capitals:
            entry.update(category="Place", kind="city", capital_of=capitals[qid])
        elif CLASS_CITY in classes:
            entry.update(category="Place", kind="city")
        elif CLASS_US_STATE in classes:
            entry.update(category="Place", kind="region")
        elif CLASS_PARTY in classes:
            entry.update(category="Organisation", kind="party")
        elif CLASS_INTL in classes:
            entry.update(category="Organisation", kind="alliance")
        elif qid in UNTYPED:
            category, kind = UNTYPED[qid]
            entry.update(category=category, kind=kind)
        else:
            continue  # persons, classes, distractors without a usable type
        if country and entry["category"] != "Country":
            entry["country"] = country
        entries.append(entry)
    return entries


def main(argv: list[str]) -> int:
    src = Path(argv[1] if len(argv) > 1 else "../shared/data/wikidata-subset/entities.nt")
    dst = Path(argv[2] if len(argv) > 2 else "kg/data/gazetteer.json")
    entries = build(read(src))
    doc = {
        "source": "Wikidata subset (CC0), built by tools/build_gazetteer.py",
        "license": "CC0-1.0",
        "entries": entries,
    }
    dst.write_text(json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{dst}: {len(entries)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
