"""Evaluate a pipeline on the held-out splits and print the evaluation table.

Usage: python training/scripts/evaluate.py --model DIR [--corpus training/corpus]
       [--split test|dev] [--json scores.json] [--md table.md] [--only ner|ud]

UD scores come from ud_<split>.spacy (held-out UD GSD + PUD sentences), NER scores
from ner_<split>_germeval.spacy (GermEval documents never seen in training),
ner_<split>_europarl.spacy (the Europarl test/dev file, mapping B),
ner_<split>_smartdata.spacy (SmartData v3, news/tweets/RSS, see convert_extra.py) and, for
reference, ner_<split>_europarl_raw.spacy (original Europarl labels, total only).
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from spacy.scorer import Scorer
from spacy.tokens import DocBin
from spacy.training import Example

from kg.nlp.model import load_base_model


def examples(nlp, path: Path) -> list[Example]:
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [Example(nlp.make_doc(d.text), d) for d in docs]


#: labels a test set does not annotate: predictions with them are left out, not counted wrong
#: (SmartData has persons, organisations and locations, no MISC)
UNANNOTATED = {"smartdata": ("MISC",)}


def run_eval(nlp, exs: list[Example], ignore: tuple[str, ...] = ()) -> tuple[dict, float]:
    """Run the pipeline on the examples (their predicted docs are kept, for
    ``bootstrap_f``) and score them as ``nlp.evaluate`` does; predicted entities with a
    label in `ignore` are removed first."""
    t0 = time.perf_counter()
    docs = list(nlp.pipe([eg.predicted for eg in exs], batch_size=256))
    for eg, doc in zip(exs, docs, strict=True):
        if ignore:
            doc.ents = [e for e in doc.ents if e.label_ not in ignore]
        eg.predicted = doc
    dt = time.perf_counter() - t0
    scores = Scorer(nlp=nlp).score(exs)
    n_words = sum(len(e.reference) for e in exs)
    return scores, n_words / dt


def bootstrap_f(exs: list[Example], rounds: int = 1000, seed: int = 0) -> tuple[float, float]:
    """95 % bootstrap interval of entity F1, resampling sentences (after ``run_eval``).

    A held-out portion of ~750 sentences moves F1 by several points from sample to
    sample; the interval says which differences between two models mean anything."""
    counts = []
    for eg in exs:
        gold = {(e.start_char, e.end_char, e.label_) for e in eg.reference.ents}
        pred = {(e.start_char, e.end_char, e.label_) for e in eg.predicted.ents}
        counts.append((len(gold & pred), len(pred - gold), len(gold - pred)))
    rng = random.Random(seed)
    scores = []
    for _ in range(rounds):
        sample = [counts[rng.randrange(len(counts))] for _ in counts]
        tp, fp, fn = (sum(c[i] for c in sample) for i in range(3))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    scores.sort()
    return scores[int(0.025 * rounds)], scores[int(0.975 * rounds) - 1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--corpus", default="training/corpus")
    ap.add_argument("--split", default="test")
    ap.add_argument("--json", default=None)
    ap.add_argument("--md", default=None)
    ap.add_argument("--only", default=None, choices=[None, "ner", "ud"])
    args = ap.parse_args()
    nlp = load_base_model(args.model)  # as kg runs it (registers kg's code, CPU matmul)
    corpus = Path(args.corpus)
    result: dict[str, dict] = {}
    lines = [f"| set ({args.split}) | metric | score |", "|---|---|---|"]
    if args.only != "ner":
        s, wps = run_eval(nlp, examples(nlp, corpus / f"ud_{args.split}.spacy"))
        ud = {k: s.get(k) for k in ["token_acc", "pos_acc", "tag_acc", "morph_acc", "lemma_acc",
                                    "dep_uas", "dep_las", "sents_p", "sents_r", "sents_f"]}
        ud["words_per_second_eval"] = wps
        ud["las_per_type"] = {k: v["f"] for k, v in (s.get("dep_las_per_type") or {}).items()}
        feats = s.get("morph_per_feat") or {}
        keep = ["Tense", "Mood", "VerbForm", "Person", "Number", "Case"]
        ud["morph_per_feat"] = {k: feats[k]["f"] for k in keep if k in feats}
        result["ud"] = ud
        for k in ["pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f"]:
            if ud.get(k) is not None:
                lines.append(f"| UD held-out | {k} | {ud[k]:.3f} |")
        for k, v in ud["morph_per_feat"].items():
            lines.append(f"| UD held-out | morph {k} F | {v:.3f} |")
        for k in ["nsubj", "obj", "obl", "nmod", "case", "iobj", "root"]:
            if k in ud["las_per_type"]:
                lines.append(f"| UD held-out | LAS {k} F | {ud['las_per_type'][k]:.3f} |")
    if args.only != "ud":
        names = ["germeval", "europarl"]
        if (corpus / f"ner_{args.split}_smartdata.spacy").is_file():  # 0.3 on (convert_extra.py)
            names.append("smartdata")
        if (corpus / f"ner_{args.split}_europarl_raw.spacy").is_file():
            names.append("europarl_raw")
        for name in names:
            exs = examples(nlp, corpus / f"ner_{args.split}_{name}.spacy")
            s, wps = run_eval(nlp, exs, ignore=UNANNOTATED.get(name, ()))
            lo, hi = bootstrap_f(exs)
            ner = {"ents_p": s["ents_p"], "ents_r": s["ents_r"], "ents_f": s["ents_f"],
                   "ents_f_interval95": [lo, hi], "per_type": s.get("ents_per_type") or {}}
            result[f"ner_{name}"] = ner
            lines.append(f"| NER {name} | P / R / F | {ner['ents_p']:.3f} / {ner['ents_r']:.3f} / "
                         f"**{ner['ents_f']:.3f}** |")
            lines.append(f"| NER {name} | F 95 % bootstrap interval (sentences resampled) | "
                         f"{lo:.3f}-{hi:.3f} |")
            for lab, v in sorted(ner["per_type"].items()) if name != "europarl_raw" else []:
                lines.append(f"| NER {name} | {lab} P / R / F | {v['p']:.3f} / {v['r']:.3f} / {v['f']:.3f} |")
    table = "\n".join(lines)
    print(table)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))
    if args.md:
        Path(args.md).write_text(table + "\n")


if __name__ == "__main__":
    main()
