"""`kg model info`: which German pipeline kg uses, its components, scores and licences."""
from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `kg model info`."""
    parser.add_argument("action", choices=["info"], help="info: describe the pipeline in use")
    parser.add_argument("--model", default=None,
                        help="installed spaCy package name or pipeline directory "
                        "(default: bundled de_kg_news)")


def _fmt(v: object) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def run(args: argparse.Namespace) -> int:
    """Print name, version, path, components, per-component/per-label scores and licences."""
    from kg.nlp.pipeline import load_base

    nlp = load_base(args.model, "de")  # a bad name or path is a one-line KgError
    meta = nlp.meta
    path = getattr(nlp, "_path", None)
    if path is None:
        from kg.nlp.model import default_model_path

        path = default_model_path() if args.model is None else Path(args.model)
    print(f"pipeline: {meta.get('name')} {meta.get('version')}  (lang {meta.get('lang')}, spaCy "
          f"{meta.get('spacy_version', '?')})")
    print(f"path:     {path}")
    print(f"components: {', '.join(nlp.pipe_names)}")
    from kg.nlp.pipeline import add_components

    added = [name for name in add_components(nlp).pipe_names if name not in meta.get("pipeline", [])]
    print(f"kg components added at run time: {', '.join(added)}")
    perf = meta.get("performance") or {}
    if perf:
        print("scores (held-out):")
        for k, v in perf.items():
            if isinstance(v, dict):
                for lab, sc in sorted(v.items()):
                    if isinstance(sc, dict):
                        vals = " / ".join(_fmt(sc.get(x)) for x in ("p", "r", "f"))
                    else:
                        vals = _fmt(sc)
                    print(f"  {k} {lab}: {vals}" + (" (P / R / F)" if isinstance(sc, dict) else ""))
            else:
                print(f"  {k}: {_fmt(v)}")
    print(f"licence: {meta.get('license', '?')}")
    for src in meta.get("sources") or []:
        if isinstance(src, dict):
            print(f"  - {src.get('name')}: {src.get('license')}; {src.get('author', '')}")
        else:
            print(f"  - {src}")
    card = Path(str(path)) / "README.md"
    if card.is_file():
        print(f"model card: {card}")
    return 0


def main() -> int:  # pragma: no cover - convenience for `python -m kg.model_info`
    ap = argparse.ArgumentParser()
    add_arguments(ap)
    return run(ap.parse_args())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
