"""Evaluate a pipeline on the held-out splits and print the evaluation table.

Usage: python training/scripts/evaluate.py --model DIR [--corpus training/corpus]
       [--split test|dev] [--json scores.json] [--md table.md] [--only ner|ud]

UD scores come from ud_<split>.spacy (held-out UD GSD + PUD sentences), NER scores
from ner_<split>_germeval.spacy (GermEval documents never seen in training),
ner_<split>_europarl.spacy (the Europarl test/dev file, mapping B) and, for reference,
ner_<split>_europarl_raw.spacy (original Europarl labels, total only).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from spacy.tokens import DocBin
from spacy.training import Example

from kg.nlp.model import load_base_model


def examples(nlp, path: Path) -> list[Example]:
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [Example(nlp.make_doc(d.text), d) for d in docs]


def run_eval(nlp, exs: list[Example]) -> tuple[dict, float]:
    t0 = time.perf_counter()
    scores = nlp.evaluate(exs, batch_size=256)
    dt = time.perf_counter() - t0
    n_words = sum(len(e.reference) for e in exs)
    return scores, n_words / dt


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
        if (corpus / f"ner_{args.split}_europarl_raw.spacy").is_file():
            names.append("europarl_raw")
        for name in names:
            s, wps = run_eval(nlp, examples(nlp, corpus / f"ner_{args.split}_{name}.spacy"))
            ner = {"ents_p": s["ents_p"], "ents_r": s["ents_r"], "ents_f": s["ents_f"],
                   "per_type": s.get("ents_per_type") or {}}
            result[f"ner_{name}"] = ner
            lines.append(f"| NER {name} | P / R / F | {ner['ents_p']:.3f} / {ner['ents_r']:.3f} / "
                         f"**{ner['ents_f']:.3f}** |")
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
