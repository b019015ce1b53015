"""Build entity_ruler patterns (JSONL) from the Wikidata subset (CC0).

Countries (Q6256), cities/capitals (Q515) and US states (Q35657) -> LOC, with the
German genitive form (Deutschlands, Kiews) added; humans (Q5) -> PER; political parties
(Q7278) and international organisations (Q484652) -> ORG.  German labels and German
altLabels are used (English labels only where they equal the German one, i.e. names).
Demonyms are not in the data and are not entities.  Which classes are kept is decided by
--types (the evaluation on the dev split decides, see training/RESULTS.md).

Usage: python training/scripts/build_gazetteer.py --data ../shared/data --out training/corpus/gazetteer.jsonl
       [--types LOC,PER,ORG]
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

WD = "http://www.wikidata.org/entity/"
CLASS_LABEL = {"Q6256": "LOC", "Q515": "LOC", "Q35657": "LOC", "Q5": "PER", "Q7278": "ORG", "Q484652": "ORG"}
TRIPLE = re.compile(r'^<([^>]+)> <([^>]+)> (.+) \.\s*$')
LIT = re.compile(r'^"(.*)"(?:@([a-zA-Z-]+))?$')


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--out", default="training/corpus/gazetteer.jsonl")
    ap.add_argument("--types", default="LOC,PER,ORG")
    args = ap.parse_args()
    keep_types = set(args.types.split(","))
    labels: dict[str, set[str]] = defaultdict(set)
    classes: dict[str, set[str]] = defaultdict(set)
    for line in (Path(args.data) / "wikidata-subset" / "entities.nt").read_text("utf8").splitlines():
        m = TRIPLE.match(line)
        if not m:
            continue
        s, p, o = m.groups()
        qid = s.removeprefix(WD)
        if p.endswith("P31"):
            classes[qid].add(o.strip("<>").removeprefix(WD))
        elif p.endswith("rdf-schema#label") or p.endswith("core#altLabel"):
            lm = LIT.match(o)
            if lm and lm.group(2) == "de":
                labels[qid].add(lm.group(1).encode().decode("unicode_escape") if "\\u" in lm.group(1)
                                else lm.group(1))
    patterns = []
    seen: dict[str, str] = {}
    for qid, names in labels.items():
        types = {CLASS_LABEL[c] for c in classes.get(qid, ()) if c in CLASS_LABEL}
        if len(types) != 1:
            continue
        label = types.pop()
        if label not in keep_types:
            continue
        for name in names:
            if len(name) < 3 or not name[:1].isupper():
                continue
            forms = {name}
            if label == "LOC" and " " not in name and not name.endswith(("s", "x", "z", "ß")):
                forms.add(name + "s")
            for form in forms:
                if form in seen and seen[form] != label:
                    seen[form] = "CONFLICT"
                    continue
                seen[form] = label
    for form, label in sorted(seen.items()):
        if label != "CONFLICT":
            patterns.append({"label": label, "pattern": form})
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in patterns), "utf8")
    counts: dict[str, int] = defaultdict(int)
    for p in patterns:
        counts[p["label"]] += 1
    print(f"gazetteer: {len(patterns)} patterns {dict(counts)} -> {out}")


if __name__ == "__main__":
    main()
