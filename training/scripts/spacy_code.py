"""Code that ``spacy train --code`` imports for kg's pipelines.

Registers kg's architectures (``kg.LexMultiHashEmbed.v1``-``v4``) and makes thinc multiply
matrices with numpy (OpenBLAS) instead of its bundled BLIS, which is several times
slower on the x86 servers measured here (see ``kg.nlp.model.cpu_matmul_ops``).  With
``OPENBLAS_NUM_THREADS=1`` training stays single-threaded and deterministic.
"""
from thinc.api import NumpyOps, get_current_ops, set_current_ops

import kg.nlp.lexicon  # noqa: F401  (registers the architecture)

if type(get_current_ops()) is NumpyOps:
    set_current_ops(NumpyOps(use_blis=False))
