"""Build the word -> code table used by kg.nlp.lexicon (NER lexicon features).

code = brown_cluster << 5 | noun-class bit mask, where the bit mask comes from the
Wiktionary noun lexicon (german-nouns): 1 common noun (Substantiv without a name tag),
2 toponym, 4 first name, 8 surname, 16 other proper name (Eigenname).

Clusters: spacy-lookups-data's German Brown clusters, restricted to the --top most
probable word forms (by the accompanying unigram log-probabilities) to keep the
shipped model small.

Usage: python training/scripts/build_lexicon.py --out training/corpus/lexicon.json [--top 150000]
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
from pathlib import Path

NAME_BITS = {"Toponym": 2, "Vorname": 4, "Nachname": 8, "Eigenname": 16}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="training/corpus/lexicon.json")
    ap.add_argument("--top", type=int, default=150000)
    args = ap.parse_args()

    import german_nouns
    import spacy_lookups_data

    table: dict[str, int] = {}
    ldir = Path(os.path.dirname(spacy_lookups_data.__file__)) / "data"
    clusters = json.load(gzip.open(ldir / "de_lexeme_cluster.json.gz"))
    probs = json.load(gzip.open(ldir / "de_lexeme_prob.json.gz"))
    keep = sorted(clusters, key=lambda w: -probs.get(w, -100.0))[: args.top]
    for w in keep:
        if clusters[w]:
            table[w] = int(clusters[w]) << 5

    csv_path = Path(list(german_nouns.__path__)[0]) / "nouns.csv"
    n_forms = 0
    with open(csv_path, encoding="utf8") as f:
        reader = csv.reader(f)
        next(reader)
        for row in reader:
            tags = row[1].split(",")
            if "Substantiv" not in tags:
                continue
            bits = 0
            for t, b in NAME_BITS.items():
                if t in tags:
                    bits |= b
            if not bits:
                bits = 1
            forms = {row[0]} | {c for c in row[7:] if c}
            for form in forms:
                if " " in form or not form[:1].isupper():
                    continue
                table[form] = table.get(form, 0) | bits
                n_forms += 1
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(table, ensure_ascii=False), encoding="utf8")
    print(f"lexicon: {len(table)} entries ({len(keep)} cluster words, {n_forms} noun forms) -> {args.out}")


if __name__ == "__main__":
    main()
