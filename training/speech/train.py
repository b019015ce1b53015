#!/usr/bin/env python3
"""Rebuild the speech tagger `de_kg_speech` (kg_speech): convert, train, optionally install.

    python training/speech/train.py --data ../shared/data/speech-attribution [--with-news] [--install]

Steps: `convert.py` writes the DocBins (news train minus the benchmark's validation split, our
own news dev split, parliament train/dev) to training/speech/corpus/; `spacy train` runs
`config.cfg` on one core (`OPENBLAS_NUM_THREADS=1`, seed 0) with `reader.py` as code, stopping
after `--minutes` (default 25; model-best is kept at every evaluation that improves on the
dev split); `--install` copies model-best to kg/models/de_kg_speech, keeping its model card
(or writing MODEL_CARD.md as README.md; a `--with-news` model needs a card of its own that
says it is for non-commercial research use only).
Default (the shipped model): parliament train, model selection on parliament dev (CC BY-SA
4.0 only).  `--with-news`: news + parliament train, selection on news dev; better as a tagger
on news, not better inside kg, and non-commercial because of the news data (RESULTS.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TARGET = ROOT / "kg" / "models" / "de_kg_speech"


SOURCES = {
    "parl": {"name": "GermEval 2023 SpkAtt task 1 (GePaDe): Bundestag speeches 2017-2021, train for "
             "training, dev for model selection", "url": "https://github.com/umanlp/SpkAtt-2023",
             "license": "CC BY-SA 4.0"},
    "news": {"name": "GermEval 2023 SpkAtt task 2: German Wikinews, train minus the validation split of "
             "benchmarks/speaker_attribution.py", "url": "https://github.com/uhh-lt/news-speaker-attribution-2023",
             "license": "CC BY-NC-SA 4.0 (non-commercial)"},
}


def write_meta(path: Path, with_news: bool) -> None:
    """Name, version, sources and licence in the installed model's meta.json."""
    meta_path = path / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": "kg_speech", "version": "0.1.0",
        "description": "kg's learned speech tagger: MESSAGE, SOURCE, CUE spans (kg_speech component)",
        "license": "CC BY-NC-SA 4.0: non-commercial research use only" if with_news else "CC BY-SA 4.0",
        "sources": [SOURCES["news"], SOURCES["parl"]] if with_news else [SOURCES["parl"]],
    })
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the steps; non-zero exit when one fails."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/speech-attribution")
    ap.add_argument("--with-news", action="store_true", help="also train on the news data (CC BY-NC-SA)")
    ap.add_argument("--minutes", type=float, default=25.0, help="stop training after this long")
    ap.add_argument("--install", action="store_true", help="copy model-best to kg/models/de_kg_speech")
    ap.add_argument("--skip-convert", action="store_true", help="reuse training/speech/corpus")
    args = ap.parse_args(argv)
    corpus = HERE / "corpus"
    if not args.skip_convert:
        convert = [sys.executable, str(HERE / "convert.py"), "--data", str(args.data), "--out", str(corpus)]
        subprocess.run(convert, check=True)
    name = "news_parl" if args.with_news else "parl"
    train = [corpus / "parl_train.spacy"]
    if args.with_news:
        train.insert(0, corpus / "news_train.spacy")
    dev = corpus / ("news_dev.spacy" if args.with_news else "parl_dev.spacy")
    out = HERE / "output" / name
    cmd = [sys.executable, "-m", "spacy", "train", str(HERE / "config.cfg"),
           "--code", str(HERE / "reader.py"),
           "--output", str(out), "--paths.train", ",".join(map(str, train)), "--paths.dev", str(dev)]
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    try:
        subprocess.run(cmd, check=True, env=env, timeout=args.minutes * 60)
    except subprocess.TimeoutExpired:
        print(f"stopped after {args.minutes} minutes; model-best is the best evaluation so far")
    best = out / "model-best"
    if not (best / "meta.json").is_file():
        print(f"no model in {best}", file=sys.stderr)
        return 1
    if args.install:
        card = TARGET / "README.md"
        saved = card.read_text(encoding="utf-8") if card.is_file() else None
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(best, TARGET)
        write_meta(TARGET, args.with_news)
        if saved is None and not args.with_news:
            saved = (HERE / "MODEL_CARD.md").read_text(encoding="utf-8")
        if saved is not None:
            (TARGET / "README.md").write_text(saved, encoding="utf-8")
        print(f"installed {best} -> {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
