#!/usr/bin/env python3
"""Who said what: kg's statements against the GermEval 2023 speaker-attribution news data.

Why: kg's statement extractor (kg/extract/statements.py, interviews.py) has only been checked
on hand-picked examples. The GermEval 2023 SpkAtt shared task (subtask 2, German Wikinews)
annotates every reported message with its source and cue, so it gives a recall/precision
figure on news that kg did not see while being written, scored with the task's own metric.
Published anchor: the organisers' rule baseline on news dev reached token-level F1 0.48
(message) and 0.35 (source).

Data: `--data` (default ../shared/data/speech-attribution/news), read at run time only
(CC BY-NC-SA: no text of it belongs in this repository). Only `data/train/task2` is used;
the task's dev/test gold is not.

Validation split (by article, deterministic): an article is in the validation split when
`int(sha1(DocumentName as UTF-8).hexdigest(), 16) % 5 == 0`, i.e. about 20 % of the 700
train articles (the count is printed). Only annotations with `IsNested: false` count
(subtask 2).

Per article the text is rebuilt from the tokens (tokens joined by one space, sentences by a
newline) with a map from characters to `sentId:tokId`, and `Extractor.pipe` runs on it (the
date is the "(YYYY-MM-DD)" of the file name when it parses and is not a placeholder year).
Each kg `Statement` becomes one predicted message:

* Message: the tokens of the quote text found inside the evidence sentence span(s) (exactly,
  then with any whitespace between its words), plus a quotation mark directly before/after it
  (the annotation includes them); when the quote cannot be found, the sentence tokens that
  are neither source nor cue.
* Source: the tokens of the speaker's mention inside the evidence span (the one nearest the
  cue); when the speaker is named only outside it, the subject pronoun (er, sie, ich, wir)
  of the span nearest the cue, which is how the task marks a speaker named earlier ("sagte
  er"); else the nearest mention before or after it; none for a statement without speaker.
* Cue: the tokens of the evidence trigger (`Evidence.start/end`) that are not message,
  source or punctuation.

Metric (re-implemented after the task's description of its scorer): per document, predicted
and gold messages are paired by a maximum-weight assignment (Hungarian via scipy when
importable, else greedy) on the token-overlap F1 of their Message token sets (pairs with no
overlap stay unpaired); each pair counts token TP/FP/FN per role (Message, Source, Cue,
Frame, Addr), unpaired gold messages count all their tokens as FN, unpaired predictions as
FP; precision/recall/F1 are micro-averaged over all documents; "joint" sums all roles.

Also reported, lenient and sentence-level: recall = gold messages with a kg statement in one
of their sentences; precision = kg statements with a gold message in one of their sentences;
"right source" = among found gold messages that have a source, the share where the tokens of
a kg statement's source (in a shared sentence) overlap the gold source tokens.

    python benchmarks/speaker_attribution.py [--data DIR] [--limit N] [--json] [--with-events] [--tagger]

`--with-events` also exports kg's proposals and responses (with their proposer or responder)
as messages, in sentences without a statement: the task annotates such speech acts ("X
forderte ...", "X begrüßte ...") as reported speech, kg keeps them as proposals and responses.

`--tagger` scores the learned speech tagger alone (`kg_speech`, kg/nlp/speech.py; needs
kg/models/de_kg_speech) instead of kg's statements: every MESSAGE span of
`doc.spans["kg_speech"]` is one predicted message, with the SOURCE and CUE spans nearest to it
in the sentences it covers; no actor mapping.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.document import Document  # noqa: E402
from kg.records import Extraction, Statement  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "speech-attribution" / "news"
ROLES = ("Message", "Source", "Cue", "Frame", "Addr")
OPENING = frozenset({"„", '"', "»", "“", "‚", "''", "``"})
CLOSING = frozenset({"“", '"', "«", "”", "‘", "''"})
_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)\s*$")
_PRONOUNS = frozenset(
    "er sie es ich wir ihr man der die das denen dem den dieser diese jener jene welche".split()
)
_LAUT = frozenset({"laut", "zufolge", "nach", "so"})

TokenSet = set[str]  # "sentId:tokId"


@dataclass
class Article:
    """One train article: its tokens, rebuilt text and gold subtask-2 messages."""

    name: str
    sentences: list[list[str]]
    sentence_ids: list[int]
    gold: list[dict[str, TokenSet]]
    forms: list[str]
    text: str = ""
    tok_start: list[int] = field(default_factory=list)
    tok_end: list[int] = field(default_factory=list)
    tok_id: list[str] = field(default_factory=list)
    tok_text: list[str] = field(default_factory=list)
    sent_start: list[int] = field(default_factory=list)

    def build_text(self) -> None:
        parts: list[str] = []
        pos = 0
        for sid, tokens in zip(self.sentence_ids, self.sentences, strict=True):
            if parts:
                parts.append("\n")
                pos += 1
            self.sent_start.append(pos)
            for i, tok in enumerate(tokens):
                if i:
                    parts.append(" ")
                    pos += 1
                self.tok_start.append(pos)
                self.tok_end.append(pos + len(tok))
                self.tok_id.append(f"{sid}:{i}")
                self.tok_text.append(tok)
                parts.append(tok)
                pos += len(tok)
        self.text = "".join(parts)

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens overlapping the characters [start, end)."""
        lo = bisect.bisect_right(self.tok_end, start)
        hi = bisect.bisect_left(self.tok_start, end)
        return range(lo, max(lo, hi))

    def tokens(self, start: int, end: int) -> TokenSet:
        return {self.tok_id[i] for i in self.token_range(start, end)}

    def sentences_of(self, start: int, end: int) -> set[int]:
        return {int(self.tok_id[i].split(":")[0]) for i in self.token_range(start, end)}

    @property
    def date(self) -> dt.date | None:
        match = _DATE.search(self.name)
        if not match:
            return None
        try:
            date = dt.date.fromisoformat(match.group(1))
        except ValueError:
            return None
        return date if date.year >= 1900 else None  # one file carries the placeholder 0001-01-01


def in_validation(name: str) -> bool:
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 5 == 0


def load_articles(data: Path) -> list[Article]:
    folder = data / "data" / "train" / "task2"
    files = sorted(folder.glob("*.json"))
    if not files:
        raise SystemExit(f"no articles in {folder}")
    articles = []
    for path in files:
        raw = json.loads(path.read_text(encoding="utf-8"))
        sentences = [s["Tokens"] for s in raw["Sentences"]]
        ids = [int(s["SentenceId"]) for s in raw["Sentences"]]
        gold, forms = [], []
        for ann in raw.get("Annotations", []):
            if ann.get("IsNested"):
                continue
            gold.append({role: set(ann.get(role) or []) for role in ROLES})
            forms.append(ann.get("Form") or "")
        articles.append(Article(raw["DocumentName"], sentences, ids, gold, forms))
    return articles


# --- kg statements -> predicted messages -------------------------------------------------


@dataclass
class Prediction:
    roles: dict[str, TokenSet]
    method: str
    located: str  # how the message was found: exact, spaced, fallback
    sentences: set[int]
    source_inside: bool | None  # the source mention lies in the evidence span; None: no speaker


def _nearest_mention(
    extraction: Extraction, key: str | None, lo: int, hi: int, cue: int
) -> tuple[int, int] | None:
    actor = extraction.actor(key) if key else None
    if actor is None or not actor.mentions:
        return None
    spans = [(m.start, m.end) for m in actor.mentions]
    inside = [s for s in spans if s[0] >= lo and s[1] <= hi]
    if inside:
        return min(inside, key=lambda s: abs(s[0] - cue))

    def distance(s: tuple[int, int]) -> int:
        return lo - s[1] if s[1] <= lo else s[0] - hi

    return min(spans, key=distance)


_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
                       "einen"})


def _noun_phrase(article: Article, start: int, end: int) -> TokenSet:
    """The tokens of a speaker mention with the article and adjectives in front of it: the task
    annotates the whole noun phrase as source ("der russische Außenminister X"), kg's mention
    starts at the title or name."""
    rng = article.token_range(start, end)
    first = rng.start
    same_sentence = article.tok_id[first].split(":")[0] if rng else None
    while first > 0 and article.tok_id[first - 1].split(":")[0] == same_sentence:
        word = article.tok_text[first - 1]
        adjective = word.isalpha() and word.islower() and word.endswith(("e", "en", "er", "es", "em"))
        if word.lower() in _ARTICLES:
            first -= 1
            break
        if not adjective:
            break
        first -= 1
    return {article.tok_id[i] for i in range(first, rng.stop)}


def _locate(text: str, quote: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    quote = quote.strip()
    if not quote:
        return None
    at = text.find(quote, lo, hi)
    if at >= 0:
        return at, at + len(quote), "exact"
    words = quote.split()
    match = re.compile(r"\s*".join(re.escape(w) for w in words)).search(text, lo, hi)
    if match:
        return match.start(), match.end(), "spaced"
    return None


def predict(article: Article, extraction: Extraction, st: Statement) -> Prediction | None:
    if not st.evidence:
        return None
    lo = min(e.sentence_start for e in st.evidence)
    hi = max(e.sentence_end for e in st.evidence)
    cue_at = st.evidence[0].start
    mention = _nearest_mention(extraction, st.speaker, lo, hi, cue_at)
    source = _noun_phrase(article, *mention) if mention else set()
    cue_raw: TokenSet = set()
    for e in st.evidence:
        cue_raw |= {article.tok_id[i] for i in article.token_range(e.start, e.end) if any(
            c.isalnum() for c in article.tok_text[i])}
    found = _locate(article.text, st.quote, lo, hi)
    if found is not None:
        rng = article.token_range(found[0], found[1])
        first, last = rng.start, rng.stop - 1
        if first > 0 and article.tok_text[first - 1] in OPENING and article.tok_text[first] not in OPENING:
            first -= 1
        if last + 1 < len(article.tok_text) and article.tok_text[last + 1] in CLOSING \
                and article.tok_text[last] not in CLOSING:
            last += 1
        message = {article.tok_id[i] for i in range(first, last + 1)}
        located = found[2]
    else:
        message = article.tokens(lo, hi) - source - cue_raw
        located = "fallback"
    if st.speaker and not (mention and lo <= mention[0] and mention[1] <= hi):
        source = _pronoun_source(article, lo, hi, cue_at, message) or source
    cue = cue_raw - message - source
    return Prediction(
        roles={"Message": message, "Source": source, "Cue": cue, "Frame": set(), "Addr": set()},
        method=st.evidence[0].method,
        located=located,
        sentences=article.sentences_of(lo, hi),
        source_inside=None if mention is None else lo <= mention[0] and mention[1] <= hi,
    )


_SUBJECT_PRONOUNS = frozenset({"er", "sie", "ich", "wir"})


def _pronoun_source(article: Article, lo: int, hi: int, cue_at: int, message: TokenSet) -> TokenSet:
    """A speaker named in an earlier sentence is mentioned in this one by a pronoun ("sagte
    er"): the task marks that pronoun as the source, kg resolved it to the name."""
    best: tuple[int, str] | None = None
    for i in article.token_range(lo, hi):
        tid = article.tok_id[i]
        if tid in message or article.tok_text[i].casefold() not in _SUBJECT_PRONOUNS:
            continue
        distance = abs(article.tok_start[i] - cue_at)
        if best is None or distance < best[0]:
            best = (distance, tid)
    return {best[1]} if best else set()


def tagger_predictions(article: Article, doc: Any) -> list[Prediction]:
    """The learned tagger's MESSAGE spans as messages with their nearest SOURCE and CUE."""
    from kg.extract.learned_speech import _nearest

    spans = list(doc.spans["kg_speech"]) if "kg_speech" in doc.spans else []
    out = []
    for msg in (s for s in spans if s.label_ == "MESSAGE"):
        lo, hi = doc[msg.start].sent.start, doc[msg.end - 1].sent.end
        near = [s for s in spans if lo <= s.start < hi]
        cue = _nearest(msg, [s for s in near if s.label_ == "CUE"])
        src = _nearest(cue or msg, [s for s in near if s.label_ == "SOURCE"])
        roles = {"Message": article.tokens(msg.start_char, msg.end_char), "Frame": set(), "Addr": set()}
        roles["Source"] = article.tokens(src.start_char, src.end_char) if src is not None else set()
        roles["Cue"] = article.tokens(cue.start_char, cue.end_char) if cue is not None else set()
        out.append(Prediction(roles, "tagger", "exact", article.sentences_of(msg.start_char, msg.end_char),
                              None if src is None else True))
    return out


# --- the metric -----------------------------------------------------------------------------


def overlap_f1(a: TokenSet, b: TokenSet) -> float:
    common = len(a & b)
    return 2 * common / (len(a) + len(b)) if common else 0.0


def assign(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight pairs (row, col) with positive weight."""
    if not weights or not weights[0]:
        return []
    try:
        from scipy.optimize import linear_sum_assignment
    except ImportError:
        cells = sorted(((w, i, j) for i, row in enumerate(weights) for j, w in enumerate(row) if w > 0),
                       reverse=True)
        rows: set[int] = set()
        cols: set[int] = set()
        pairs = []
        for _w, i, j in cells:
            if i not in rows and j not in cols:
                rows.add(i)
                cols.add(j)
                pairs.append((i, j))
        return pairs
    r, c = linear_sum_assignment(weights, maximize=True)
    return [(i, j) for i, j in zip(r.tolist(), c.tolist(), strict=True) if weights[i][j] > 0]


class Score:
    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def document(self, gold: list[dict[str, TokenSet]], pred: list[dict[str, TokenSet]]) -> list[int | None]:
        """Count one document; returns for each gold message the index of its paired prediction."""
        weights = [[overlap_f1(g["Message"], p["Message"]) for p in pred] for g in gold]
        pairs = assign(weights)
        paired_g = {i: j for i, j in pairs}
        paired_p = {j for _i, j in pairs}
        for i, g in enumerate(gold):
            p = pred[paired_g[i]] if i in paired_g else None
            for role in ROLES:
                got = p[role] if p is not None else set()
                self.tp[role] += len(g[role] & got)
                self.fn[role] += len(g[role] - got)
                self.fp[role] += len(got - g[role])
        for j, p in enumerate(pred):
            if j not in paired_p:
                for role in ROLES:
                    self.fp[role] += len(p[role])
        return [paired_g.get(i) for i in range(len(gold))]

    def prf(self, roles: Iterable[str]) -> dict[str, float | int]:
        roles = list(roles)
        tp = sum(self.tp[r] for r in roles)
        fp = sum(self.fp[r] for r in roles)
        fn = sum(self.fn[r] for r in roles)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


# --- run ------------------------------------------------------------------------------------


def _gold_class(article: Article, g: dict[str, TokenSet]) -> list[str]:
    """Coarse classes of a gold message, for the miss breakdown."""
    classes = []
    msg_sents = {int(t.split(":")[0]) for t in g["Message"]}
    classes.append("multi-sentence" if len(msg_sents) > 1 else "one sentence")
    if not g["Source"]:
        classes.append("no source")
    elif not {int(t.split(":")[0]) for t in g["Source"]} & msg_sents:
        classes.append("source in other sentence")
    by_id = dict(zip(article.tok_id, article.tok_text, strict=True))
    cue_words = {by_id.get(t, "").casefold() for t in g["Cue"]}
    if not g["Cue"]:
        classes.append("no cue")
    elif cue_words & _LAUT:
        classes.append("cue laut/zufolge/nach/so")
    return classes


def _source_error(article: Article, g: dict[str, TokenSet], near: list[Prediction]) -> str:
    """Why no kg statement sharing a sentence with gold message `g` has its source right."""
    by_id = dict(zip(article.tok_id, article.tok_text, strict=True))
    if len(g["Source"]) == 1 and by_id.get(next(iter(g["Source"])), "").casefold() in _PRONOUNS:
        return "gold source is a pronoun"
    if all(p.source_inside is None for p in near):
        return "kg: no speaker"
    if all(p.source_inside is not True for p in near):
        return "kg mention outside the sentence"
    return "other mention/actor"


def _event_messages(article: Article, extraction: Extraction, preds: list[Prediction]) -> list[Prediction]:
    """kg's proposals and responses as messages: the task counts speech acts such as "X
    forderte ...", "X begrüßte ..." as reported speech, while kg records them as proposals and
    responses (source: the proposer or responder; cue: the trigger; message: the rest of the
    sentence). Only sentences without a statement prediction, one message per sentence."""
    taken = set().union(*(p.sentences for p in preds)) if preds else set()
    out: list[Prediction] = []
    events = [(p.proposer, p.evidence[0]) for p in extraction.proposals if p.evidence and p.proposer]
    events += [(r.actor, r.evidence[0]) for r in extraction.responses if r.evidence]
    for speaker, evidence in sorted(events, key=lambda e: e[1].start):
        sents = article.sentences_of(evidence.sentence_start, evidence.sentence_end)
        if sents & taken:
            continue
        taken |= sents
        pseudo = Statement(key="event", speaker=speaker, quote="", evidence=[evidence])
        pred = predict(article, extraction, pseudo)
        if pred is not None:
            pred.method = "event:" + evidence.method
            out.append(pred)
    return out


def run(data: Path, limit: int | None, with_events: bool = False, tagger: bool = False) -> dict[str, Any]:
    started = time.perf_counter()
    articles = load_articles(data)
    val = [a for a in articles if in_validation(a.name)]
    n_val = len(val)
    if limit is not None:
        val = val[:limit]
    for a in val:
        a.build_text()

    from kg.extract import Extractor

    load_start = time.perf_counter()
    ex = Extractor()
    load_s = time.perf_counter() - load_start
    docs = [Document(id=f"spkatt-{i}", text=a.text, date=a.date) for i, a in enumerate(val)]

    score = Score()
    n_gold = n_stmt = found = pred_hit = src_eligible = src_right = 0
    located: Counter[str] = Counter()
    methods: Counter[str] = Counter()
    method_hit: Counter[str] = Counter()
    no_speaker = 0
    src_wrong: Counter[str] = Counter()
    missed_cues: Counter[str] = Counter()
    cls_total: Counter[str] = Counter()
    cls_found: Counter[str] = Counter()
    form_total: Counter[str] = Counter()
    form_found: Counter[str] = Counter()
    form_src: Counter[str] = Counter()
    if tagger and "kg_speech" not in ex.nlp.pipe_names:
        raise SystemExit("--tagger: the speech model kg/models/de_kg_speech is not installed")
    tagged = ex.nlp.pipe(a.text for a in val) if tagger else iter(val)
    extractions = iter(Extraction(document=d) for d in docs) if tagger else ex.pipe(docs)
    for article, extraction, doc in zip(val, extractions, tagged, strict=True):
        if tagger:
            preds = tagger_predictions(article, doc)
        else:
            preds = [p for st in extraction.statements if (p := predict(article, extraction, st)) is not None]
        if with_events:
            preds += _event_messages(article, extraction, preds)
        no_speaker += sum(1 for st in extraction.statements if st.speaker is None)
        score.document(article.gold, [p.roles for p in preds])
        by_id = dict(zip(article.tok_id, article.tok_text, strict=True))
        gold_sents = [{int(t.split(":")[0]) for t in g["Message"]} for g in article.gold]
        all_gold_sents = set().union(*gold_sents) if gold_sents else set()
        n_stmt += len(preds)
        for p in preds:
            hit = bool(p.sentences & all_gold_sents)
            pred_hit += hit
            located[p.located] += 1
            methods[p.method] += 1
            method_hit[p.method] += hit
        for g, sents, form in zip(article.gold, gold_sents, article.forms, strict=True):
            n_gold += 1
            near = [p for p in preds if p.sentences & sents]
            classes = _gold_class(article, g)
            cls_total.update(classes)
            form_total[form] += 1
            if not near:
                cue_words = " ".join(sorted({by_id.get(t, "").casefold() for t in g["Cue"]}))
                missed_cues[cue_words or "(no cue)"] += 1
            if near:
                found += 1
                cls_found.update(classes)
                form_found[form] += 1
                if g["Source"]:
                    src_eligible += 1
                    if any(p.roles["Source"] & g["Source"] for p in near):
                        src_right += 1
                        form_src[form] += 1
                    else:
                        src_wrong[_source_error(article, g, near)] += 1

    elapsed = time.perf_counter() - started
    return {
        "split": "sha1(DocumentName) % 5 == 0",
        "validation_articles": n_val,
        "articles_scored": len(val),
        "gold_messages": n_gold,
        "kg_statements": n_stmt,
        "kg_statements_without_speaker": no_speaker,
        "token_level": {
            "message": score.prf(["Message"]),
            "source": score.prf(["Source"]),
            "cue": score.prf(["Cue"]),
            "joint": score.prf(ROLES),
            "joint_message_source_cue": score.prf(["Message", "Source", "Cue"]),
        },
        "sentence_level": {
            "recall": round(found / n_gold, 4) if n_gold else 0.0,
            "precision": round(pred_hit / n_stmt, 4) if n_stmt else 0.0,
            "found": found,
            "statements_in_gold_sentence": pred_hit,
            "right_source": round(src_right / src_eligible, 4) if src_eligible else 0.0,
            "right_source_counts": [src_right, src_eligible],
        },
        "wrong_source_by_cause": dict(src_wrong.most_common()),
        "missed_by_cue_words": dict(missed_cues.most_common(12)),
        "recall_by_form": {f: [form_found[f], form_total[f]] for f in sorted(form_total)},
        "right_source_by_form": {f: [form_src[f], form_found[f]] for f in sorted(form_total)},
        "recall_by_class": {c: [cls_found[c], cls_total[c]] for c in sorted(cls_total)},
        "precision_by_method": {m: [method_hit[m], methods[m]] for m in sorted(methods)},
        "message_located": dict(located),
        "scipy": _has_scipy(),
        "with_events": with_events,
        "tagger": tagger,
        "model": ex.model_name,
        "model_load_s": round(load_s, 1),
        "seconds": round(elapsed, 1),
    }


def _has_scipy() -> bool:
    try:
        import scipy  # noqa: F401
    except ImportError:
        return False
    return True


def _frac(pair: list[int]) -> str:
    hit, total = pair
    return f"{hit}/{total} ({hit / total:.2f})" if total else "0/0"


def print_table(res: dict[str, Any]) -> None:
    print(f"validation split {res['split']}: {res['validation_articles']} articles "
          f"(scored {res['articles_scored']}); {res['gold_messages']} gold messages (IsNested false), "
          f"{res['kg_statements']} kg statements ({res['kg_statements_without_speaker']} without speaker)")
    print(f"model {res['model']}; pairing {'Hungarian (scipy)' if res['scipy'] else 'greedy'}")
    print()
    print(f"{'token level':<26}{'P':>7}{'R':>7}{'F1':>7}{'TP':>8}{'FP':>8}{'FN':>8}")
    for name, key in (("Message", "message"), ("Source", "source"), ("Cue", "cue"),
                      ("joint (all roles)", "joint"), ("joint (Msg+Src+Cue)", "joint_message_source_cue")):
        s = res["token_level"][key]
        print(f"{name:<26}{s['p']:>7.3f}{s['r']:>7.3f}{s['f1']:>7.3f}{s['tp']:>8}{s['fp']:>8}{s['fn']:>8}")
    sl = res["sentence_level"]
    print()
    print(f"sentence level: recall {sl['recall']:.3f} ({sl['found']}/{res['gold_messages']}), "
          f"precision {sl['precision']:.3f} ({sl['statements_in_gold_sentence']}/{res['kg_statements']}), "
          f"right source {sl['right_source']:.3f} ({_frac(sl['right_source_counts'])})")
    print()
    print("sentence-level recall by Form:      " + ", ".join(
        f"{k} {_frac(v)}" for k, v in res["recall_by_form"].items()))
    print("right source by Form (of found):    " + ", ".join(
        f"{k} {_frac(v)}" for k, v in res["right_source_by_form"].items()))
    print("sentence-level recall by class:     " + ", ".join(
        f"{k} {_frac(v)}" for k, v in res["recall_by_class"].items()))
    print("sentence-level precision by method: " + ", ".join(
        f"{k} {_frac(v)}" for k, v in res["precision_by_method"].items()))
    print("wrong source by cause:              " + ", ".join(
        f"{k} {v}" for k, v in res["wrong_source_by_cause"].items()))
    print("missed gold messages by cue words:  " + ", ".join(
        f"{k} {v}" for k, v in res["missed_by_cue_words"].items()))
    print(f"message located: {res['message_located']}")
    print(f"run time {res['seconds']} s (model load {res['model_load_s']} s)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the speech-attribution/news folder")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N validation articles")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--with-events", action="store_true",
                    help="also export kg's proposals and responses as messages (speech acts the task counts)")
    ap.add_argument("--tagger", action="store_true",
                    help="score the learned speech tagger's spans alone instead of kg's statements")
    args = ap.parse_args(argv)
    res = run(args.data, args.limit, with_events=args.with_events, tagger=args.tagger)
    if args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
    else:
        print_table(res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
