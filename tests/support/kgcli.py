"""Run the `kg` command line in a subprocess, as a user would.

The launcher is `kg.cli.main`, with one allowance for a repository under construction:
command modules that do not exist yet are left out of the parser (once every module
exists this is exactly `python -m kg`). Running in a subprocess keeps each call's imports
(spaCy or not) and exit code honest.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

LAUNCHER = """
import importlib.util, sys
import kg.cli as cli
cli.COMMANDS = {k: v for k, v in cli.COMMANDS.items() if importlib.util.find_spec(v[0]) is not None}
sys.exit(cli.main(sys.argv[1:]))
"""


def run_kg(*args: object, cwd: Path | None = None, python_flags: tuple[str, ...] = (),
           timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, *python_flags, "-c", LAUNCHER, *(str(a) for a in args)],
        cwd=cwd or ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )
