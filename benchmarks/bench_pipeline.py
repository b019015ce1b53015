"""Words per second of kg's full German base pipeline (tokenizer ... ner) on CPU.

    python benchmarks/bench_pipeline.py [--model PATH] [--words 20000] [--batch-size 64] [--n-process 1]
                                        [--corpus training/corpus/ner_test_germeval.spacy]

By default the text is generated here from templates of German news sentences written for
this benchmark (no shared corpus text), so the number is reproducible anywhere.  Templates
repeat words, which flatters per-word caches; ``--corpus`` measures on real sentences
instead (a spaCy DocBin or a CoNLL-U file, e.g. the held-out splits that
``python training/train.py --stage prepare`` writes), grouped into articles of 8 sentences.
"""
from __future__ import annotations

import argparse
import random
import time

PEOPLE = ["Olaf Scholz", "Annalena Baerbock", "Emmanuel Macron", "Wolodymyr Selenskyj", "Antonio Guterres",
          "Ursula von der Leyen", "Recep Tayyip Erdoğan", "Xi Jinping", "Joe Biden", "Giorgia Meloni"]
PLACES = ["Berlin", "Paris", "Kiew", "Ankara", "Genf", "Brüssel", "Washington", "Peking", "Rom", "Havanna"]
ORGS = ["die Vereinten Nationen", "die NATO", "die Europäische Union", "der Internationale Währungsfonds",
        "die Weltgesundheitsorganisation", "die Bundesregierung", "das Rote Kreuz"]
TOPICS = ["einen Waffenstillstand", "neue Sanktionen", "ein Handelsabkommen", "die Energieversorgung",
          "den Austausch von Gefangenen", "eine Friedenskonferenz", "höhere Zölle"]
TEMPLATES = [
    "{p1} traf am {d}. {m} in {l1} mit {p2} zusammen, um über {t} zu verhandeln.",
    "„Wir sind zu Gesprächen bereit“, sagte {p1} nach dem Treffen in {l1}.",
    "{L1} – Am Montag hat {o} {t} vorgeschlagen, wie ein Sprecher in {l2} mitteilte.",
    "Der Vorschlag von {p1} wurde von {p2} u.a. wegen der Kosten abgelehnt.",
    "Nach Angaben von Dr. {last} wollen die Delegationen z.B. über {t} sprechen.",
    "Die Gespräche zwischen {l1} und {l2} sollen in der kommenden Woche fortgesetzt werden.",
    "Der Kreml-Chef und der US-Präsident hätten sich auf {t} geeinigt, hieß es.",
    "{o_cap} kritisierte, dass die Verhandlungen über {t} seit dem {d}. {m} stocken.",
]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def make_text(n_words: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    texts: list[str] = []
    words = 0
    while words < n_words:
        sents = []
        for _ in range(rng.randint(3, 8)):
            p1, p2 = rng.sample(PEOPLE, 2)
            l1, l2 = rng.sample(PLACES, 2)
            o = rng.choice(ORGS)
            s = rng.choice(TEMPLATES).format(
                p1=p1, p2=p2, l1=l1, l2=l2, L1=l1, o=o, o_cap=o[0].upper() + o[1:], t=rng.choice(TOPICS),
                d=rng.randint(1, 28), m=rng.choice(MONTHS), last=p1.split()[-1])
            sents.append(s)
        text = " ".join(sents)
        words += len(text.split())
        texts.append(text)
    return texts


def corpus_texts(path: str, n_words: int, per_text: int = 8) -> list[str]:
    """Real sentences from a DocBin (.spacy) or CoNLL-U file, joined into pseudo-articles."""
    if path.endswith(".conllu"):
        with open(path, encoding="utf8") as f:
            sents = [line[len("# text = "):].strip() for line in f if line.startswith("# text = ")]
    else:
        import spacy
        from spacy.tokens import DocBin

        vocab = spacy.blank("de").vocab
        sents = [doc.text for doc in DocBin().from_disk(path).get_docs(vocab)]
    texts: list[str] = []
    words = 0
    for i in range(0, len(sents), per_text):
        text = " ".join(sents[i:i + per_text])
        texts.append(text)
        words += len(text.split())
        if words >= n_words:
            break
    return texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--corpus", default=None, help="real sentences: a .spacy DocBin or a .conllu file")
    args = ap.parse_args()
    from kg.nlp.model import load_base_model

    nlp = load_base_model(args.model)
    texts = corpus_texts(args.corpus, args.words) if args.corpus else make_text(args.words)
    list(nlp.pipe(texts[:20]))  # warm-up
    t0 = time.perf_counter()
    n_tokens = 0
    for doc in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.n_process):
        n_tokens += len(doc)
    dt = time.perf_counter() - t0
    print(f"pipeline: {nlp.meta.get('name')} {nlp.meta.get('version')} components={nlp.pipe_names}")
    print(f"text: {args.corpus or 'generated templates'}")
    print(f"{n_tokens} tokens in {dt:.2f} s = {n_tokens / dt:,.0f} words/s "
          f"(batch_size={args.batch_size}, n_process={args.n_process})")


if __name__ == "__main__":
    main()
