"""Standoff annotations of the third blind set: `eval/blind-dev/standoff.py` (see its
docstring) with this folder's annotations/.

    python eval/blind-3/standoff.py strip /path/to/gold/*.json
    python eval/blind-3/standoff.py join --out /tmp/blind-3
    python ../shared/eval/score.py /tmp/blind-3
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SHARED = HERE.parent / "blind-dev" / "standoff.py"
_spec = importlib.util.spec_from_file_location("blind_dev_standoff", _SHARED)
assert _spec is not None and _spec.loader is not None
standoff = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(standoff)

if __name__ == "__main__":
    sys.exit(standoff.main(HERE / "annotations"))
