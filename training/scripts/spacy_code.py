"""Code that ``spacy train --code`` imports for kg's pipelines.

Registers kg's architectures (``kg.LexMultiHashEmbed.v1``-``v4``) and makes thinc multiply
matrices with numpy (OpenBLAS) instead of its bundled BLIS, which is several times
slower on the x86 servers measured here (see ``kg.nlp.model.fast_cpu_ops``).  With
``OPENBLAS_NUM_THREADS=1`` training stays single-threaded and deterministic.
"""
from thinc.api import set_current_ops

import kg.nlp.lexicon  # noqa: F401  (registers the architectures)
from kg.nlp.model import fast_cpu_ops

_ops = fast_cpu_ops()
if _ops is not None:
    set_current_ops(_ops)


# --- training-data augmentation ------------------------------------------------------------
import random  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402

from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import registry  # noqa: E402


@registry.augmenters("kg.entity_swap.v1")
def create_entity_swap(source: str, level: float, swap_prob: float = 0.7, seed: int = 0
                       ) -> Callable[[Language, Example], Iterator[Example]]:
    """Mention replacement (Dai & Adel 2020): besides each training sentence, with
    probability `level` also train on a copy in which each entity mention is replaced, with
    probability `swap_prob`, by a random mention of the same label from the training corpus.

    With a few thousand sentences the NER memorises the names it saw; swapping names
    teaches it the contexts ("der Konzern X", "sagte X") instead.
    """
    pool: dict[str, list[tuple[tuple[str, ...], tuple[bool, ...]]]] = {}
    rng = random.Random(seed)

    def fill_pool(nlp: Language) -> None:
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for doc in DocBin().from_disk(source).get_docs(nlp.vocab):
            for ent in doc.ents:
                words = tuple(t.text for t in ent)
                if (ent.label_, words) not in seen:
                    seen.add((ent.label_, words))
                    pool.setdefault(ent.label_, []).append(
                        (words, tuple(bool(t.whitespace_) for t in ent)))
        for mentions in pool.values():
            mentions.sort()

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        yield example
        ref = example.reference
        if not ref.ents or rng.random() >= level:
            return
        if not pool:
            fill_pool(nlp)
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        i = 0
        for ent in ref.ents:
            for tok in ref[i:ent.start]:
                words.append(tok.text), spaces.append(bool(tok.whitespace_)), tags.append("O")
            if rng.random() < swap_prob and pool.get(ent.label_):
                new_words, new_spaces = rng.choice(pool[ent.label_])
                new_spaces = (*new_spaces[:-1], bool(ent[-1].whitespace_))
            else:
                new_words = tuple(t.text for t in ent)
                new_spaces = tuple(bool(t.whitespace_) for t in ent)
            words.extend(new_words), spaces.extend(new_spaces)
            tags.extend(["B-" + ent.label_] + ["I-" + ent.label_] * (len(new_words) - 1))
            i = ent.end
        for tok in ref[i:]:
            words.append(tok.text), spaces.append(bool(tok.whitespace_)), tags.append("O")
        doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=tags)
        yield Example(nlp.make_doc(doc.text), doc)

    return augment
