#!/usr/bin/env python3
"""Convert the GermEval 2023 SpkAtt JSON (news task 2, parliament task 1) to spaCy DocBins.

Why: `kg_speech` (kg/nlp/speech.py) is a small NER-style tagger of reported speech trained on
these annotations; spaCy trains from DocBins.  One Doc per article or speech, tokens as the
corpus has them (joined by one space), sentence starts and the base model's annotations
(TAG, POS, MORPH, DEP: `kg/models/de_kg_news` run on the gold tokens) stored with it, so the
tagger can use them as features exactly as it sees them inside kg's pipeline.

Labels: MESSAGE, SOURCE, CUE as non-overlapping entity spans (cue particles, `PTC` in the
parliament data, count as CUE).  Decisions:

* Nested annotations (`IsNested: true`, a speech event inside another's message; news only)
  are left out: the benchmark scores only the outer ones, and their roles would overlap the
  outer message.  Parliament has no nesting flag; its annotations are taken as they are.
* Overlaps between annotations: roles are placed CUE, SOURCE, then MESSAGE; a token already
  labelled keeps its label, the rest of the run is split around it.
* spaCy's NER never lets an entity cross a sentence start, so every run is split at the gold
  sentence boundaries and at the base parser's; kg_speech joins adjacent MESSAGE pieces again.
* Splits: the news validation split of benchmarks/speaker_attribution.py
  (`sha1(DocumentName) % 5 == 0`) is never written; of the rest, `md5(name) % 10 == 0` is the
  dev split for early stopping, the others train.  Parliament: train folder -> train, its dev
  folder -> dev.

    python training/speech/convert.py --data ../shared/data/speech-attribution --out training/speech/corpus
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

ROLE_LABELS = (("Cue", "CUE"), ("PTC", "CUE"), ("Source", "SOURCE"), ("Message", "MESSAGE"))


def is_validation(name: str) -> bool:
    """The benchmark's validation split (benchmarks/speaker_attribution.py): never trained on."""
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 5 == 0


def is_dev(name: str) -> bool:
    """Our own early-stopping split of the remaining news articles (about 10 %)."""
    return int(hashlib.md5(name.encode("utf-8")).hexdigest(), 16) % 10 == 0


def make_doc(nlp, data: dict) -> tuple[Doc, list[int]]:
    """The Doc of one file with the base model's annotations, and each sentence's first token."""
    words: list[str] = []
    offsets: list[int] = []
    for sent in data["Sentences"]:
        offsets.append(len(words))
        words.extend(sent["Tokens"])
    doc = Doc(nlp.vocab, words=words, spaces=[True] * len(words))
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc, offsets


def _runs(indices: Iterable[int], breaks: set[int]) -> Iterator[tuple[int, int]]:
    """Contiguous [start, end) runs of sorted token indices, broken at sentence starts."""
    start = prev = None
    for i in sorted(set(indices)):
        if start is None:
            start = prev = i
            continue
        if i != prev + 1 or i in breaks:
            yield start, prev + 1
            start = i
        prev = i
    if start is not None:
        yield start, prev + 1


def gold_spans(doc: Doc, offsets: list[int], annotations: list[dict]) -> list[Span]:
    """Non-overlapping MESSAGE/SOURCE/CUE spans of the outer annotations (see module doc)."""
    breaks = set(offsets) | {t.i for t in doc if t.is_sent_start}
    taken = [False] * len(doc)
    spans: list[Span] = []
    outer = [a for a in annotations if not a.get("IsNested", False)]
    for role, label in ROLE_LABELS:
        for ann in outer:
            ids = []
            for ref in ann.get(role, []):
                sent, tok = (int(x) for x in ref.split(":"))
                i = offsets[sent] + tok
                if i < len(doc) and not taken[i]:
                    ids.append(i)
            for start, end in _runs(ids, breaks):
                spans.append(Span(doc, start, end, label=label))
                for i in range(start, end):
                    taken[i] = True
    return sorted(spans, key=lambda s: s.start)


def convert(nlp, files: list[Path]) -> DocBin:
    """One DocBin of the files, each Doc with its gold entities."""
    out = DocBin(store_user_data=False)
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        doc, offsets = make_doc(nlp, data)
        doc.ents = gold_spans(doc, offsets, data["Annotations"])
        out.add(doc)
    return out


def main(argv: list[str] | None = None) -> int:
    """Write news/parliament train and dev DocBins into --out."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/speech-attribution")
    ap.add_argument("--out", type=Path, default=ROOT / "training/speech/corpus")
    args = ap.parse_args(argv)
    from kg.nlp.model import load_base_model

    nlp = load_base_model()
    news = sorted((args.data / "news/data/train/task2").glob("*.json"))
    names = {p: json.loads(p.read_text(encoding="utf-8"))["DocumentName"] for p in news}
    kept = [p for p in news if not is_validation(names[p])]
    parl = args.data / "parliament/data"
    sets = {
        "news_train": [p for p in kept if not is_dev(names[p])],
        "news_dev": [p for p in kept if is_dev(names[p])],
        "parl_train": sorted((parl / "train/task1").glob("*.json")),
        "parl_dev": sorted((parl / "dev/task1").glob("*.json")),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    for name, files in sets.items():
        convert(nlp, files).to_disk(args.out / f"{name}.spacy")
        print(f"{name}: {len(files)} files", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
