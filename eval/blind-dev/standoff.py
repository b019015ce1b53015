"""Convert between full gold files (score.py format, with article text) and standoff files.

The articles of news-raw are licensed non-commercial, so the repository keeps no article
text: `annotations/<id>.json` holds the gold annotations with every evidence sentence and
content start replaced by character offsets into the article, plus a SHA-256 of the text so
that a join against another copy of news-raw fails loudly instead of scoring garbage.

    # after annotating into full gold files (outside the repository):
    python eval/blind-dev/standoff.py strip /path/to/gold/*.json --out eval/blind-dev/annotations
    # to score: rebuild the full gold files from news-raw, then run score.py on them
    python eval/blind-dev/standoff.py join --news-raw ../shared/data/news-raw/10kgnad-test.jsonl.gz \
        --out /tmp/blind-dev
    python ../shared/eval/score.py /tmp/blind-dev
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_FIELDS = (("meetings", "evidence"), ("proposals", "evidence"), ("statements", "evidence"))


def _offset(text: str, fragment: str, where: str) -> list[int]:
    start = text.find(fragment)
    if start < 0:
        raise SystemExit(f"standoff: {where}: text not found in the article: {fragment[:60]!r}")
    return [start, start + len(fragment)]


def strip(gold: dict) -> dict:
    text = gold["text"]
    out = {k: v for k, v in gold.items() if k != "text"}
    out["text_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    for layer, field in TEXT_FIELDS:
        out[layer] = []
        for i, item in enumerate(gold.get(layer, [])):
            item = dict(item)
            item[field] = _offset(text, item[field], f"{gold['doc_id']} {layer}[{i}]")
            if layer == "statements" and item.get("content_start"):
                sent = item[field]
                local = text[sent[0] : sent[1]].find(item["content_start"])
                found = sent[0] + local if local >= 0 else text.find(item["content_start"])
                if found < 0:
                    raise SystemExit(f"standoff: {gold['doc_id']} statements[{i}]: content_start not found")
                item["content_start"] = [found, found + len(item["content_start"])]
            out[layer].append(item)
    return out


def join(standoff: dict, text: str) -> dict:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != standoff["text_sha256"]:
        raise SystemExit(f"standoff: {standoff['doc_id']}: article text differs from the annotated one")
    gold = {k: v for k, v in standoff.items() if k != "text_sha256"}
    gold["text"] = text
    for layer, field in TEXT_FIELDS:
        items = []
        for item in standoff.get(layer, []):
            item = dict(item)
            a, b = item[field]
            item[field] = text[a:b]
            if isinstance(item.get("content_start"), list):
                c, d = item["content_start"]
                item["content_start"] = text[c:d]
            items.append(item)
        gold[layer] = items
    return gold


def main(annotations: Path = HERE / "annotations") -> int:
    """The command line; `annotations` is the set's folder of standoff files (eval/blind-2
    reuses this script with its own)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("strip", help="full gold files -> standoff files")
    s.add_argument("files", nargs="+", type=Path)
    s.add_argument("--out", type=Path, default=annotations)
    j = sub.add_parser("join", help="standoff files + news-raw -> full gold files for score.py")
    j.add_argument("--news-raw", type=Path, default=Path("../shared/data/news-raw/10kgnad-test.jsonl.gz"))
    j.add_argument("--annotations", type=Path, default=annotations)
    j.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.cmd == "strip":
        args.out.mkdir(parents=True, exist_ok=True)
        for f in args.files:
            gold = json.loads(f.read_text(encoding="utf-8"))
            target = args.out / f"{gold['doc_id']}.json"
            target.write_text(json.dumps(strip(gold), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"standoff: {len(args.files)} file(s) -> {args.out}")
        return 0
    texts = {}
    with gzip.open(args.news_raw, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            texts[d["id"]] = d["text"]
    args.out.mkdir(parents=True, exist_ok=True)
    files = sorted(args.annotations.glob("*.json"))
    for f in files:
        standoff = json.loads(f.read_text(encoding="utf-8"))
        doc_id = standoff["doc_id"]
        if doc_id not in texts:
            print(f"standoff: {f}: article {doc_id} is not in {args.news_raw}", file=sys.stderr)
            return 1
        gold = join(standoff, texts[doc_id])
        (args.out / f.name).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"standoff: {len(files)} gold file(s) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
