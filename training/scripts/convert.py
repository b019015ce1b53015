"""Convert the shared German corpora into spaCy DocBin files with fixed, documented splits.

Usage: python training/scripts/convert.py --data ../shared/data --out training/corpus
       [--germeval-map top|keep-part|keep-all]

Splits (all deterministic, no randomness involved):

* UD (GSD dev, GSD test, PUD test): within each file, sentences are taken in order:
  first 80 % -> train, next 5 % -> dev, last 15 % -> test.  Docs of 10 sentences are
  built so the parser learns sentence boundaries.  Multi-word tokens (zum = zu dem)
  are merged into one token, as spaCy's German tokenizer leaves them unsplit.
* GermEval 2014 (dev + test files pooled): grouped by SOURCE DOCUMENT, i.e. the URL
  in the "#\tURL [date]" comment line.  md5(URL) mod 100: < 80 train, 80-89 dev,
  90-99 test.  All sentences of one URL land in the same split.
* Europarl NER: the distributed train / dev / test files (IO encoding, adjacent
  tokens with the same type form one entity).

GermEval label mapping (--germeval-map):
  top        outer level only; OTH -> MISC; *deriv and *part -> O   (default)
  keep-part  as top, but *part -> its base type (LOCpart -> LOC)

Europarl label mapping (--europarl-adj): Europarl (CoNLL style) tags derived adjectives
such as "europäischen" as MISC, GermEval tags them LOCderiv (-> O).  "drop" (default)
turns lower-case-initial MISC spans into O in all Europarl splits; the unmodified dev and
test files are also written as ner_{dev,test}_europarl_raw.spacy for reference scores.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs

BASE = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC", "MISC": "MISC"}


def split_conllu(text: str) -> list[str]:
    return [b.strip() + "\n" for b in text.strip().split("\n\n") if b.strip()]


def ud_docs(sents: list[str]) -> list[Doc]:
    """Docs of 10 sentences; merged contractions (im = in dem) get the preposition as lemma."""
    if not sents:
        return []
    docs = list(conllu_to_docs("\n".join(sents), n_sents=10, merge_subtokens=True, no_print=True))
    for doc in docs:
        for tok in doc:
            if " " in tok.lemma_ and tok.pos_ == "ADP":
                tok.lemma_ = tok.lemma_.split(" ")[0]
    return docs


def read_germeval(path: Path) -> list[tuple[str, list[str], list[str]]]:
    out = []
    url = None
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#"):
            parts = line.split("\t")
            url = parts[1] if len(parts) > 1 else line
            continue
        if not line.strip():
            if words:
                out.append((url, words, tags))
            words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[1])
        tags.append(cols[2])
    if words:
        out.append((url, words, tags))
    return out


def map_germeval(tag: str, mode: str) -> str:
    if tag == "O":
        return "O"
    prefix, lab = tag.split("-", 1)
    if lab.endswith("deriv"):
        if mode != "keep-all":
            return "O"
        lab = lab[: -len("deriv")]
    elif lab.endswith("part"):
        if mode == "top":
            return "O"
        lab = lab[: -len("part")]
    return f"{prefix}-{BASE[lab]}"


def fix_bio(tags: list[str]) -> list[str]:
    """Turn dangling I- tags (after O or another type) into B- tags."""
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def io_to_bio(tags: list[str]) -> list[str]:
    out = []
    prev = "O"
    for t in tags:
        if t == "O":
            out.append("O")
        else:
            lab = BASE[t.split("-", 1)[1]]
            out.append(("I-" if prev == lab else "B-") + lab)
            prev = lab
            continue
        prev = "O"
    return out


def make_doc(vocab, words, bio) -> Doc:
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False], ents=bio)
    return doc


def drop_lowercase_misc(words: list[str], bio: list[str]) -> list[str]:
    """Europarl tags derived adjectives (europäischen, schwedische) as MISC; GermEval tags them
    LOCderiv, which the project maps to O (demonyms/derived adjectives are not entities).
    For consistency, MISC spans whose first token starts lower-case become O."""
    out = list(bio)
    i = 0
    while i < len(out):
        if out[i] == "B-MISC":
            j = i + 1
            while j < len(out) and out[j] == "I-MISC":
                j += 1
            if words[i][:1].islower():
                out[i:j] = ["O"] * (j - i)
            i = j
        else:
            i += 1
    return out


def read_europarl(path: Path):
    sents = []
    words, tags = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if words:
                sents.append((words, io_to_bio(tags)))
            words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[0])
        tags.append(cols[4] if len(cols) > 4 else "O")
    if words:
        sents.append((words, io_to_bio(tags)))
    return sents


def germeval_split(url: str) -> str:
    h = int(hashlib.md5(url.encode("utf-8")).hexdigest(), 16) % 100
    return "train" if h < 80 else ("dev" if h < 90 else "test")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--out", default="training/corpus")
    ap.add_argument("--only", default=None, choices=["ud", "ner"])
    ap.add_argument("--europarl-adj", default="drop", choices=["drop", "keep"],
                    help="lower-case MISC spans in Europarl (derived adjectives): drop -> O, or keep")
    ap.add_argument("--germeval-map", default="top", choices=["top", "keep-part", "keep-all"])
    args = ap.parse_args()
    data = Path(args.data)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de")
    stats: dict[str, int] = {}

    # --- UD -------------------------------------------------------------
    ud: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    for f in ["ud-german-gsd/de_gsd-ud-dev.conllu", "ud-german-gsd/de_gsd-ud-test.conllu",
              "ud-german-pud/de_pud-ud-test.conllu"]:
        sents = split_conllu((data / f).read_text(encoding="utf-8"))
        n = len(sents)
        a, b = int(n * 0.80), int(n * 0.85)
        ud["train"] += sents[:a]
        ud["dev"] += sents[a:b]
        ud["test"] += sents[b:]
    for split, sents in ud.items() if args.only != "ner" else []:
        docs = ud_docs(sents)
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"ud_{split}.spacy")
        (out / f"ud_{split}.conllu").write_text("\n".join(sents), encoding="utf-8")
        stats[f"ud_{split}_sents"] = len(sents)

    # --- NER ------------------------------------------------------------
    ner: dict[str, list[Doc]] = {k: [] for k in
                                 ["train", "dev_germeval", "test_germeval", "dev_europarl", "test_europarl",
                                  "dev_europarl_raw", "test_europarl_raw"]}
    for f in ["NER-de-dev.tsv", "NER-de-test.tsv"] if args.only != "ud" else []:
        for url, words, tags in read_germeval(data / "germeval2014" / f):
            split = germeval_split(url)
            bio = fix_bio([map_germeval(t, args.germeval_map) for t in tags])
            doc = make_doc(nlp.vocab, words, bio)
            ner["train" if split == "train" else f"{split}_germeval"].append(doc)
            stats[f"germeval_{split}_sents"] = stats.get(f"germeval_{split}_sents", 0) + 1
    for split in ["train", "dev", "test"] if args.only != "ud" else []:
        for words, bio in read_europarl(data / "europarl-ner" / f"{split}.tsv"):
            if split != "train":
                ner[f"{split}_europarl_raw"].append(make_doc(nlp.vocab, words, bio))
            if args.europarl_adj == "drop":
                bio = drop_lowercase_misc(words, bio)
            doc = make_doc(nlp.vocab, words, bio)
            ner["train" if split == "train" else f"{split}_europarl"].append(doc)
            stats[f"europarl_{split}_sents"] = stats.get(f"europarl_{split}_sents", 0) + 1
    for name, docs in ner.items() if args.only != "ud" else []:
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"ner_{name}.spacy")
    if args.only != "ud":
        DocBin(docs=ner["dev_germeval"] + ner["dev_europarl"]).to_disk(out / "ner_dev.spacy")
    stats["germeval_map"] = args.germeval_map  # type: ignore[assignment]
    (out / f"stats_{args.only or 'all'}.json").write_text(json.dumps(stats, indent=2))
    print(json.dumps(stats, indent=2))


if __name__ == "__main__":
    main()
