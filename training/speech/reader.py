"""Code that `spacy train --code` imports for the speech tagger (training/speech/).

Registers the corpus reader `kg_speech.Corpus.v1`: like `spacy.Corpus.v1`, but the predicted
side of each example is `kg.nlp.speech.feature_doc(reference)` (the base model's POS, MORPH
and dependencies, which convert.py stored) instead of a bare re-tokenised Doc, so the tagger
can use them as embedding features exactly as it gets them inside kg.  Also makes thinc
multiply with numpy (see training/scripts/spacy_code.py).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example
from spacy.util import registry
from thinc.api import set_current_ops

from kg.nlp.model import fast_cpu_ops
from kg.nlp.speech import feature_doc

_ops = fast_cpu_ops()
if _ops is not None:
    set_current_ops(_ops)


@registry.readers("kg_speech.Corpus.v1")
def create_reader(path: str, shuffle: bool = False) -> Callable[[Language], Iterator[Example]]:
    """Examples from every `.spacy` file named in `path` (comma-separated files or folders)."""
    files: list[Path] = []
    for part in path.split(","):
        p = Path(part.strip())
        files.extend(sorted(p.glob("*.spacy")) if p.is_dir() else [p])

    def read(nlp: Language) -> Iterator[Example]:
        docs = [d for f in files for d in DocBin().from_disk(f).get_docs(nlp.vocab) if len(d)]
        if shuffle:
            random.shuffle(docs)
        for doc in docs:
            yield Example(feature_doc(doc, nlp.vocab), doc)

    return read
