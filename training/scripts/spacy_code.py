"""Code that ``spacy train --code`` imports for kg's pipelines.

Registers kg's architectures (``kg.LexMultiHashEmbed.v1``-``v4``) and makes thinc multiply
matrices with numpy (OpenBLAS) instead of its bundled BLIS, which is several times
slower on the x86 servers measured here (see ``kg.nlp.model.fast_cpu_ops``).  With
``OPENBLAS_NUM_THREADS=1`` training stays single-threaded and deterministic.
"""
import json
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.util import registry
from thinc.api import set_current_ops

import kg.nlp.lexicon  # noqa: F401  (registers the architectures)
from kg.nlp.lexicon import lookups_table_name
from kg.nlp.model import fast_cpu_ops

_ops = fast_cpu_ops()
if _ops is not None:
    set_current_ops(_ops)


@registry.callbacks("kg.add_lexicon_table.v1")
def make_add_lexicon_table(path: str, fmt: int = 4) -> Callable[[Language], Language]:
    """A ``before_init`` callback that puts the kg lexicon table into the vocab's lookups.

    Why: a pipeline whose tok2vec is *sourced* from another run (the second stage of
    ``train.py --silver-first``) skips that component's initialisation, which is where the
    table is normally loaded (``kg.nlp.lexicon._extract_init``)."""

    def add_table(nlp: Language) -> Language:
        name = lookups_table_name(fmt)
        if not nlp.vocab.lookups.has_table(name):
            table = json.loads(Path(path).read_text("utf8"))
            nlp.vocab.lookups.add_table(name, {str(k): int(v) for k, v in table.items()})
        return nlp

    return add_table
