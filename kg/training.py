"""`kg train`: rebuild the German pipeline de_kg_news from the shared corpora.

The recipe itself lives in ``training/`` at the repository root (configs, converters,
``training/train.py``); this module only forwards the command-line options to it, so
it needs a source checkout (the recipe is not installed with the package).  spaCy is
imported by the recipe's subprocesses, not here.
"""
from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path


def _recipe_path() -> Path:
    return Path(__file__).resolve().parent.parent / "training" / "train.py"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `kg train` (same as ``python training/train.py``)."""
    parser.add_argument("--data", default="../shared/data",
                        help="shared data directory (default ../shared/data)")
    parser.add_argument("--output", default=None, help="work/output directory (default training/output)")
    parser.add_argument("--stage", default="all",
                        choices=["all", "prepare", "pretrain", "train", "train-ud", "train-ner", "assemble",
                                 "evaluate"],
                        help="run one step of the recipe only")
    parser.add_argument("--seed", type=int, default=0, help="random seed for both training runs")
    parser.add_argument("--version", default="0.2.0", help="version written to meta.json")
    parser.add_argument("--extra-ner-data", action="store_true",
                        help="train the NER on SmartData, WikiNEuRal and LER too (not shipped)")
    parser.add_argument("--pretrain", action="store_true",
                        help="initialise the NER's tok2vec from `spacy pretrain` on GermaParl (not shipped)")
    parser.add_argument("--silver-first", action="store_true",
                        help="train the NER on the silver WikiNEuRal + LER sentences first, then on the "
                             "gold data (not shipped; non-commercial)")
    parser.add_argument("--install", action="store_true",
                        help="copy the rebuilt pipeline into kg/models/de_kg_news (the shipped model)")


def run(args: argparse.Namespace) -> int:
    """Run the recipe; prints the evaluation table at the end. Returns the exit status."""
    path = _recipe_path()
    if not path.is_file():
        print(f"kg train needs a source checkout: {path} not found")
        return 2
    spec = importlib.util.spec_from_file_location("kg_training_recipe", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if args.output is None:
        args.output = str(path.parent / "output")
    # the recipe's own defaults for every option this command does not set (one list of options)
    recipe = argparse.ArgumentParser()
    module.add_arguments(recipe)
    full = recipe.parse_args([])
    for key, value in vars(args).items():
        setattr(full, key, value)
    return int(module.run(full))
