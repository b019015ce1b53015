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
