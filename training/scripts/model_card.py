"""Write the model card (README.md of the pipeline) from the template and the evaluation.

Usage: python training/scripts/model_card.py --model DIR --scores scores.md --scores-json scores.json
       --wall "..." --speed "..." --words-per-second N [--template training/MODEL_CARD.template.md]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def _verdict(value: float, target: float) -> str:
    return "reached" if round(value, 3) >= target else "**not reached**"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--scores", required=True, help="markdown table written by evaluate.py")
    ap.add_argument("--scores-json", required=True)
    ap.add_argument("--wall", required=True)
    ap.add_argument("--speed", required=True)
    ap.add_argument("--words-per-second", type=float, required=True,
                    help="full pipeline, one process (benchmarks/bench_pipeline.py)")
    ap.add_argument("--template", default=str(HERE / "MODEL_CARD.template.md"))
    args = ap.parse_args()
    model = Path(args.model)
    meta = json.loads((model / "meta.json").read_text())
    scores = json.loads(Path(args.scores_json).read_text())
    size = sum(f.stat().st_size for f in model.rglob("*") if f.is_file() and f.name != "README.md")
    table = Path(args.scores).read_text().strip()
    table = "\n".join(line for line in table.splitlines() if "europarl_raw" not in line)
    raw = scores.get("ner_europarl_raw", {}).get("ents_f")
    text = Path(args.template).read_text("utf8")
    for key, value in {
        "{VERSION}": meta.get("version", "?"),
        "{SPACY}": meta.get("spacy_version", "?"),
        "{SIZE_MB}": f"{size / 1e6:.1f}",
        "{TABLE}": table,
        "{EP_RAW}": f"{raw:.3f}" if raw is not None else "n/a",
        "{WALL}": args.wall,
        "{GE_F}": f"{scores['ner_germeval']['ents_f']:.3f}",
        "{EP_F}": f"{scores['ner_europarl']['ents_f']:.3f}",
        "{POS}": f"{scores['ud']['pos_acc']:.3f}",
        "{LAS}": f"{scores['ud']['dep_las']:.3f}",
        "{SPEED}": args.speed,
        "{GE_OK}": _verdict(scores["ner_germeval"]["ents_f"], 0.75),
        "{EP_OK}": _verdict(scores["ner_europarl"]["ents_f"], 0.75),
        "{POS_OK}": _verdict(scores["ud"]["pos_acc"], 0.93),
        "{LAS_OK}": _verdict(scores["ud"]["dep_las"], 0.75),
        "{SPEED_OK}": _verdict(args.words_per_second, 5000),
    }.items():
        text = text.replace(key, value)
    (model / "README.md").write_text(text, "utf8")
    print(f"model card -> {model / 'README.md'} ({size / 1e6:.1f} MB model)")


if __name__ == "__main__":
    main()
