"""Locate and load kg's German base pipeline (``de_kg_news``).

The trained spaCy pipeline ships inside the package (``kg/models/de_kg_news``), so
``pip install .`` is enough: no model download step.  Other code attaches kg's own
extraction components to the ``Language`` returned by :func:`load_base_model`.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import spacy
    from thinc.api import Ops

DEFAULT_MODEL_NAME = "de_kg_news"


def default_model_path() -> Path:
    """Return the directory of the bundled ``de_kg_news`` pipeline inside the package."""
    ref = resources.files("kg").joinpath("models", DEFAULT_MODEL_NAME)
    return Path(str(ref))


def register() -> None:
    """Register kg's spaCy code: architectures ``kg.LexMultiHashEmbed.v1``-``v4``, factories
    ``kg_sentences`` and ``kg_verb_lemmas``.

    Needed before a plain ``spacy.load`` of the bundled pipeline; ``load_base_model`` calls it.
    """
    import kg.nlp.lexicon  # noqa: F401
    import kg.nlp.sentences  # noqa: F401
    import kg.nlp.verb_lemmas  # noqa: F401


def fast_cpu_ops() -> Ops | None:
    """thinc ops that multiply with numpy (OpenBLAS) instead of BLIS, or None to keep the
    current ops.

    Why: thinc's CPU ops multiply with the bundled BLIS by default, whose generic kernel
    runs at a fraction of the speed of numpy's OpenBLAS on common x86 servers (measured
    here on an AMD EPYC: 22 vs 69 GFLOPS single-threaded, 124 with two threads), and the
    matrix products are most of a CNN pipeline's time.  Only plain CPU ops are replaced;
    a GPU or Apple backend that the caller selected stays as it is.  Results agree with
    BLIS up to float rounding and are deterministic from run to run.
    """
    from thinc.api import NumpyOps, get_current_ops

    return NumpyOps(use_blis=False) if type(get_current_ops()) is NumpyOps else None


@contextmanager
def cpu_matmul_ops() -> Iterator[None]:
    """Build models inside this block with :func:`fast_cpu_ops` where they apply."""
    from thinc.api import use_ops

    if fast_cpu_ops() is not None:
        with use_ops("numpy", use_blis=False):
            yield
    else:
        yield


def load_base_model(name_or_path: str | None = None, **kwargs: object) -> spacy.Language:
    """Load a spaCy pipeline: an installed package name, a directory, or (default) the bundled one.

    :func:`register` runs first: the bundled pipeline uses kg's lexicon-feature
    architecture and the ``kg_sentences`` component; keyword arguments go to ``spacy.load``.
    """
    import spacy

    register()

    if name_or_path is None or name_or_path in ("", DEFAULT_MODEL_NAME):
        target: str | Path = default_model_path()
        if not Path(target).joinpath("meta.json").is_file():
            if name_or_path == DEFAULT_MODEL_NAME:
                target = DEFAULT_MODEL_NAME  # maybe installed as a separate package
            else:
                raise OSError(f"bundled model missing at {target}; rebuild it with `kg train`")
    else:
        target = name_or_path
    lookups = Path(target) / "vocab" / "lookups.bin"
    with cpu_matmul_ops():
        if "exclude" in kwargs or not lookups.is_file():
            return spacy.load(target, **kwargs)  # type: ignore[arg-type]
        nlp = spacy.load(target, exclude=["lookups"], **kwargs)  # type: ignore[arg-type]
    load_lookups(nlp, lookups)
    return nlp


def load_lookups(nlp: spacy.Language, path: Path) -> None:
    """Read the vocab's lookup tables (kg's lexicon table: 400,000 word forms) into `nlp`.

    Why not spaCy's own loading: it inserts every entry through `Table.__setitem__`, a Python
    call per entry that made it most of the model's load time (2 of 2.4 s).  The tables here
    are the same: same entries in the same order, the same Bloom filter; keys that are not
    hashes yet (never written by spaCy 3) take spaCy's own path.
    """
    from collections import OrderedDict

    import srsly
    from preshed.bloom import BloomFilter
    from spacy.lookups import Table

    for name, data in srsly.msgpack_loads(path.read_bytes()).items():
        if not all(isinstance(key, int) for key in data):
            nlp.vocab.lookups.set_table(name, Table(name, data))
            continue
        table = Table(name, {})
        bloom = BloomFilter.from_error_rate(max(len(data), 1))
        setitem, add = OrderedDict.__setitem__, bloom.add
        for key, value in data.items():
            setitem(table, key, value)
            add(key)
        table.bloom = bloom
        nlp.vocab.lookups.set_table(name, table)
