"""Convert the NER corpora added for de_kg_news 0.3 (SmartData, WikiNEuRal, LER) to DocBins
and build the 0.3 training mix.  The label mappings below are deliberate; they are written
down, with the reasons, in training/README.md ("Label mappings").

Usage: python training/scripts/convert_extra.py --data ../shared/data --out training/corpus
       [--tagger kg/models/de_kg_news] [--wikineural-every 1] [--ler-max 6000]

Outputs (in --out):
  ner_smartdata_train.spacy   SmartData v1 (train + test files) without every id of v3 and
                              without sentences whose text occurs in v3 (news, tweets, RSS)
  ner_dev_smartdata.spacy     SmartData v3 dev, ner_test_smartdata.spacy SmartData v3 test
  ner_wikineural.spacy        WikiNEuRal de val + test (silver), every N-th sentence
  ner_ler.spacy               LER train: sentences with a mapped entity, no anonymised name
  ner_train_v03.spacy         ner_train.spacy (GermEval + Europarl train) + the three above
  ner_dev_v03.spacy           ner_dev.spacy (GermEval + Europarl dev) + SmartData v3 dev

SmartData has character offsets and no tokens in v1, and it annotates some nominal mentions
("Gruppe", "Flugbegleiter") and derived adjectives ("Kölner", "deutschen") that GermEval does
not count as entities; the filter in ``keep_mention`` uses the parts of speech of the
`--tagger` pipeline (kg's 0.2.0 model) to drop them, the same way for train, dev and test.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from convert import drop_lowercase_misc, fix_bio
from spacy.tokens import Doc, DocBin

SMARTDATA_MAP = {"person": "PER", "organization": "ORG", "organization-company": "ORG",
                 "location": "LOC", "location-city": "LOC", "location-street": "LOC",
                 "location-stop": "LOC"}  # location-route (trains, lines) and the rest -> O
LER_MAP = {"PER": "PER", "RR": "PER", "AN": "PER", "LD": "LOC", "ST": "LOC", "STR": "LOC",
           "LDS": "LOC", "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "MISC"}
# GS, VO, EUN, VS, VT, RS, LIT (laws, regulations, contracts, case citations, literature) -> O
NAME_POS = {"PROPN", "X"}
DET_POS = {"DET", "PRON", "ADP", "NUM", "ADV"}
INITIAL = re.compile(r"^([A-ZÄÖÜ]\.?|…|\.\.\.|\.)$")


def read_json_stream(path: Path) -> list[dict]:
    """SmartData files: pretty-printed JSON documents one after another (not a JSON list)."""
    text = gzip.open(path, "rt", encoding="utf-8").read()
    dec, i, out = json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return out
        obj, i = dec.raw_decode(text, i)
        out.append(obj)


def smartdata_label(mention_type: str) -> str | None:
    return SMARTDATA_MAP.get(mention_type.lower().replace("_", "-"))


def keep_mention(span, nouns: dict[str, int]) -> bool:
    """GermEval's notion of a named entity: no derived adjectives, no nominal mentions.

    One token: drop an adjective ("Berliner", "deutschen"), a lower-case word that is not
    a proper noun ("ots"; "dpa" stays), and a noun that the Wiktionary lexicon (`nouns`:
    form -> kg lexicon value, low 5 bits = noun classes) knows only as a common noun
    ("Gruppe", "Flugbegleiter").  Several tokens: drop a lower-case start ("beiden
    Richtungen") and, when no token is a name, a determiner, quantifier or preposition
    start ("Mehrere ICE-Züge", "die Marke").  Partial-token mentions are dropped earlier."""
    first = span.text[:1]
    if len(span) == 1:
        tok = span[0]
        if tok.pos_ == "ADJ" or (first.islower() and tok.pos_ not in NAME_POS):
            return False
        bits = nouns.get(tok.text, 0) & 31
        return not (tok.pos_ == "NOUN" and bits == 1)
    if first.islower():
        return False
    if any(t.pos_ in NAME_POS for t in span):
        return True
    return span[0].pos_ not in DET_POS


def _spans_to_doc(tagged, mentions: list[tuple[int, int, str]], nouns: dict[str, int],
                  stats: Counter) -> Doc:
    """A plain doc (words, spaces) with the kept, non-overlapping mentions as entities;
    `mentions` are character offsets into `tagged.text`."""
    spans = []
    for start, end, label in sorted(mentions, key=lambda m: (m[0], -(m[1] - m[0]))):
        text = tagged.text[start:end]
        start, end = start + len(text) - len(text.lstrip()), end - len(text) + len(text.rstrip())
        span = tagged.char_span(start, end, label=label)
        if span is None:  # part of a token ("US" in "US-Autobauer"): GermEval's *part -> O
            stats[f"dropped_part_{label}"] += 1
            continue
        if not keep_mention(span, nouns):
            stats[f"dropped_{label}"] += 1
            continue
        if spans and span.start < spans[-1].end:
            stats["dropped_overlap"] += 1
            continue
        spans.append(span)
        stats[f"kept_{label}"] += 1
    doc = Doc(tagged.vocab, words=[t.text for t in tagged], spaces=[bool(t.whitespace_) for t in tagged])
    doc.ents = [doc.char_span(s.start_char, s.end_char, label=s.label_) for s in spans]
    return doc


def _doc_mentions(d: dict) -> list[tuple[int, int, str]]:
    out = []
    for m in (d.get("conceptMentions") or {}).get("array", []):
        label = smartdata_label(m["type"])
        if label:
            out.append((m["span"]["start"], m["span"]["end"], label))
    return out


def _chunks_v1(d: dict, nlp) -> list[tuple[int, int]]:
    """Sentence-sized character ranges of a v1 document (no sentences there): lines, split
    into the sentences of the tagger pipeline, never inside a mention."""
    text = d["text"]["string"]
    mentions = _doc_mentions(d)
    out = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        bounds = [start + s.start_char for s in nlp(line).sents][1:]
        bounds = [b for b in bounds if not any(ms < b < me for ms, me, _ in mentions)]
        edges = [start, *bounds, start + len(line)]
        out += [(a, b) for a, b in zip(edges, edges[1:], strict=False) if text[a:b].strip()]
    return out


def _chunks_v3(d: dict) -> list[tuple[int, int]]:
    return [(s["span"]["start"], s["span"]["end"]) for s in d["sentences"]["array"]]


def smartdata_docs(docs: list[dict], nlp, nouns: dict[str, int], v3: bool, stats: Counter) -> list[Doc]:
    out = []
    for d in docs:
        text = d["text"]["string"]
        mentions = _doc_mentions(d)
        for a, b in (_chunks_v3(d) if v3 else _chunks_v1(d, nlp)):
            tagged = nlp(text[a:b])
            local = [(s - a, e - a, lab) for s, e, lab in mentions if s >= a and e <= b]
            stats["crossing"] += sum(1 for s, e, _ in mentions if s < b and e > a and not (s >= a and e <= b))
            out.append(_spans_to_doc(tagged, local, nouns, stats))
    return out


def convert_smartdata(data: Path, nlp, nouns: dict[str, int]) -> dict[str, list[Doc]]:
    v1 = read_json_stream(data / "v1" / "train.json.gz") + read_json_stream(data / "v1" / "test.json.gz")
    v3 = {split: read_json_stream(data / "v3" / f"{split}.json.gz") for split in ("dev", "test")}
    v3_ids = {d["id"] for docs in v3.values() for d in docs}
    stats: Counter = Counter()
    result = {f"{split}_smartdata": smartdata_docs(docs, nlp, nouns, True, stats)
              for split, docs in v3.items()}
    held_out = {doc.text.strip() for docs in result.values() for doc in docs}
    train = smartdata_docs([d for d in v1 if d["id"] not in v3_ids], nlp, nouns, False, stats)
    result["smartdata_train"] = [doc for doc in train if doc.text.strip() not in held_out]
    stats["v1_docs"], stats["v3_ids"] = len(v1), len(v3_ids)
    stats["train_sents_dropped_as_in_v3"] = len(train) - len(result["smartdata_train"])
    print("smartdata", json.dumps(dict(sorted(stats.items()))))
    return result


def read_token_label(lines, token_col: int, label_col: int, sep: str | None):
    words: list[str] = []
    tags: list[str] = []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if words:
                yield words, tags
            words, tags = [], []
            continue
        cols = line.split(sep)
        words.append(cols[token_col])
        tags.append(cols[label_col])
    if words:
        yield words, tags


def make_doc(vocab, words: list[str], bio: list[str]) -> Doc:
    return Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False], ents=bio)


def convert_wikineural(data: Path, vocab, every: int) -> list[Doc]:
    """Silver WikiNEuRal: its MISC includes derived adjectives ("deutschen"), which GermEval
    counts as LOCderiv -> O here: lower-case MISC spans become O, as for Europarl."""
    out = []
    i = 0
    for name in ("val.conllu", "test.conllu"):
        with open(data / name, encoding="utf-8") as f:
            for words, tags in read_token_label(f, 1, 2, "\t"):
                if i % every == 0:
                    out.append(make_doc(vocab, words, drop_lowercase_misc(words, fix_bio(tags))))
                i += 1
    return out


def map_ler(tags: list[str]) -> list[str]:
    out = []
    for t in tags:
        if t == "O":
            out.append("O")
            continue
        prefix, lab = t.split("-", 1)
        out.append(f"{prefix}-{LER_MAP[lab]}" if lab in LER_MAP else "O")
    return fix_bio(out)


def convert_ler(data: Path, vocab, max_sents: int) -> list[Doc]:
    """LER train sentences with at least one mapped entity and no anonymised name ("F.",
    "K.", "I AG"): court decisions are a far domain, so only those sentences, evenly
    thinned to `max_sents`."""
    cand = []
    with gzip.open(data / "ler_train.conll.gz", "rt", encoding="utf-8") as f:
        for words, tags in read_token_label(f, 0, 1, " "):
            bio = map_ler(tags)
            if all(t == "O" for t in bio):
                continue
            if any(t != "O" and INITIAL.match(w) for w, t in zip(words, bio, strict=True)):
                continue
            cand.append((words, bio))
    step = max(1, -(-len(cand) // max_sents)) if max_sents else 1
    return [make_doc(vocab, w, b) for w, b in cand[::step]][: max_sents or None]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--out", default="training/corpus")
    ap.add_argument("--tagger", default=str(Path(__file__).resolve().parents[2] / "kg/models/de_kg_news"),
                    help="pipeline whose parts of speech filter SmartData mentions (kg's 0.2.0 model)")
    ap.add_argument("--lexicon", default="lexicon_v4.json", help="kg lexicon table in --out (noun classes)")
    ap.add_argument("--wikineural-every", type=int, default=1, help="keep every N-th WikiNEuRal sentence")
    ap.add_argument("--ler-max", type=int, default=6000, help="at most this many LER sentences (0: none)")
    args = ap.parse_args()
    from kg.nlp.model import load_base_model

    data, out = Path(args.data), Path(args.out)
    nlp = load_base_model(args.tagger)
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in ("tok2vec", "morphologizer", "parser",
                                                               "kg_sentences")])
    nouns = json.loads((out / args.lexicon).read_text(encoding="utf-8"))
    parts = convert_smartdata(data / "smartdata", nlp, nouns)
    parts["wikineural"] = convert_wikineural(data / "wikineural-de", nlp.vocab, args.wikineural_every)
    parts["ler"] = convert_ler(data / "ler", nlp.vocab, args.ler_max) if args.ler_max else []
    for name in ("dev_smartdata", "test_smartdata"):
        DocBin(docs=parts[name]).to_disk(out / f"ner_{name}.spacy")
    for name in ("smartdata_train", "wikineural", "ler"):
        DocBin(docs=parts[name]).to_disk(out / f"ner_{name}.spacy")
    base = list(DocBin().from_disk(out / "ner_train.spacy").get_docs(nlp.vocab))
    mix = base + parts["smartdata_train"] + parts["wikineural"] + parts["ler"]
    DocBin(docs=mix).to_disk(out / "ner_train_v03.spacy")
    dev = list(DocBin().from_disk(out / "ner_dev.spacy").get_docs(nlp.vocab))
    DocBin(docs=dev + parts["dev_smartdata"]).to_disk(out / "ner_dev_v03.spacy")
    stats = {name: {"sents": len(docs), "ents": sum(len(d.ents) for d in docs),
                    "tokens": sum(len(d) for d in docs)} for name, docs in parts.items()}
    stats["train_v03"] = {"sents": len(mix), "base_sents": len(base)}
    (out / "stats_extra.json").write_text(json.dumps(stats, indent=2))
    print(json.dumps(stats, indent=2))


if __name__ == "__main__":
    main()
