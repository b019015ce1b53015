"""kg.runtime: the allocator thresholds a build sets (glibc only)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

from kg.runtime import tune_allocator

# a 4 MiB block: mmap'd under glibc's defaults, from the heap once the thresholds are raised
_PROBE = """
import ctypes, sys
class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd",
                                               "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]
libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo2
if sys.argv[1] == "tuned":
    from kg.runtime import tune_allocator
    print("set" if tune_allocator() else "unset")
before = libc.mallinfo2().hblks
block = bytearray(4 << 20)
print(libc.mallinfo2().hblks - before)
"""

needs_glibc = pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc's mallopt only"
)


def _probe(mode: str, **env: str) -> list[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("MALLOC_", "KG_MALLOC"))}
    environment.update(env)
    out = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True,
                         check=True, env=environment)
    return out.stdout.split()


@needs_glibc
def test_a_tuned_process_serves_large_blocks_from_the_heap() -> None:
    assert _probe("plain") == ["1"]  # glibc's default: a fresh mapping per large block
    assert _probe("tuned") == ["set", "0"]


@needs_glibc
def test_the_users_own_settings_win() -> None:
    assert _probe("tuned", KG_MALLOC_TUNING="0") == ["unset", "1"]
    assert _probe("tuned", MALLOC_MMAP_THRESHOLD_="131072") == ["unset", "1"]


def test_outside_glibc_nothing_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "libc_ver", lambda: ("", ""))
    assert tune_allocator() is False
