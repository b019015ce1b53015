"""Count the predicates that introduce speech, proposals, stances and meetings in raw text.

The frame lexicon (`kg/data/frames.tsv`) is built from evidence, not from the dev articles:
this script parses a corpus with the bundled base model (no kg rules) and counts, per
predicate lemma (separable particles rejoined, "sich" noted), how often it takes a clausal
complement (ccomp, a dass/ob clause, a zu-infinitive), an object, a named subject (PER/ORG/LOC
entity or a proper noun), and for nouns how often they carry a genitive/possessive/von actor.
The counts go to a TSV that `frames.tsv` cites in its `count` column.

    python tools/mine_predicates.py --news-raw ../shared/data/news-raw/10kgnad-test.jsonl.gz \
        --germaparl ../shared/data/germaparl/germaparl_wp18.txt.gz --germaparl-words 300000 \
        --exclude eval/blind-dev/sample.json --out tools/mined-predicates.tsv

Articles of the blind dev set are excluded so that the set stays unseen.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

CATEGORIES = {"International", "Inland", "Wirtschaft", "Panorama"}
COLUMNS = ("clause", "zu_inf", "obj", "named_subj", "actor_attr", "total")


def news_texts(path: Path, exclude: set[str]) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["category"] in CATEGORIES and d["id"] not in exclude:
                yield " ".join(d["text"].split())


def germaparl_texts(path: Path, words: int) -> Iterator[str]:
    seen = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = " ".join(line.split())
            if len(line) < 40:
                continue
            yield line
            seen += line.count(" ") + 1
            if seen >= words:
                return


def predicate_lemma(token) -> str:  # noqa: ANN001 - spaCy Token
    particle = next((c.lower_ for c in token.children if c.dep_ == "compound:prt"), "")
    return particle + token.lemma_.lower()


def named(token) -> bool:  # noqa: ANN001
    return token.ent_type_ in ("PER", "ORG", "LOC") or token.pos_ == "PROPN"


def count(doc, counts: dict[tuple[str, str], Counter]) -> None:  # noqa: ANN001
    for t in doc:
        if t.pos_ == "VERB":
            key = (predicate_lemma(t), "VERB")
            kids = list(t.children)
            c = counts[key]
            c["total"] += 1
            if any(k.dep_ in ("ccomp", "parataxis") for k in kids) or any(
                k.dep_ == "advcl" and any(m.lower_ in ("dass", "ob") for m in k.children) for k in kids
            ):
                c["clause"] += 1
            if any(k.dep_ == "xcomp" and any(m.lower_ == "zu" for m in k.children) for k in kids):
                c["zu_inf"] += 1
            if any(k.dep_ == "obj" for k in kids):
                c["obj"] += 1
            if any(k.dep_ == "nsubj" and named(k) for k in kids):
                c["named_subj"] += 1
        elif t.pos_ == "NOUN":
            c = counts[(t.lemma_.lower(), "NOUN")]
            c["total"] += 1
            if any(k.dep_ in ("nmod", "nmod:poss", "det:poss") and named(k) for k in t.children):
                c["actor_attr"] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news-raw", type=Path, required=True)
    parser.add_argument("--germaparl", type=Path)
    parser.add_argument("--germaparl-words", type=int, default=300_000)
    parser.add_argument("--exclude", type=Path, help="sample.json of the blind dev set")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--min-total", type=int, default=3)
    args = parser.parse_args()
    import spacy

    nlp = spacy.load(Path(__file__).resolve().parents[1] / "kg" / "models" / "de_kg_news")
    exclude = {x["id"] for x in json.loads(args.exclude.read_text())["ids"]} if args.exclude else set()
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    sources = [("news-raw", news_texts(args.news_raw, exclude))]
    if args.germaparl:
        sources.append(("germaparl", germaparl_texts(args.germaparl, args.germaparl_words)))
    for name, texts in sources:
        n = 0
        for doc in nlp.pipe(texts, batch_size=32):
            count(doc, counts)
            n += 1
        print(f"{name}: {n} texts")
    rows = sorted(
        ((lemma, pos, c) for (lemma, pos), c in counts.items() if c["total"] >= args.min_total),
        key=lambda r: (-r[2]["total"], r[0], r[1]),
    )
    with args.out.open("w", encoding="utf-8") as f:
        f.write("lemma\tpos\t" + "\t".join(COLUMNS) + "\n")
        for lemma, pos, c in rows:
            f.write(f"{lemma}\t{pos}\t" + "\t".join(str(c[k]) for k in COLUMNS) + "\n")
    print(f"{len(rows)} predicates -> {args.out}")


if __name__ == "__main__":
    main()
