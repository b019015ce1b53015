"""Process tuning for long batch runs (`kg build`): the C allocator's thresholds.

Why: the statistical components allocate large numpy arrays for every batch of texts. With
glibc's defaults an allocation above 128 KiB gets fresh pages from the kernel by `mmap`, and
freed memory at the top of the heap goes back to the kernel at once, so a build keeps
faulting in and zeroing the same amount of memory: on the 90 dev and blind dev articles
(`benchmarks/build_ratio.py`'s text) that was 1.4-2.3 s of system time in a 12-15 s build.
Raising the thresholds lets the heap keep and reuse that memory: system time 0.8-1.2 s, the
whole build 5-10 % faster, for about 15 MB more resident memory (measured alternately, three
runs each with one BLAS thread; README, section "Speed").

Only `kg build` calls this (a library user's process is theirs to tune); only on glibc
(`mallopt` elsewhere may not exist or mean the same); never when the user set glibc's own
`MALLOC_*_` variables or `KG_MALLOC_TUNING=0`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import platform

# glibc's mallopt parameters (malloc.h)
M_TRIM_THRESHOLD = -1
M_TOP_PAD = -2
M_MMAP_THRESHOLD = -3

#: parameter -> bytes: allocations up to 32 MiB come from the heap, which keeps up to 128 MiB
#: of free memory at its top and grows in steps of at least 32 MiB (a streaming build's peak
#: memory stays bounded: at most that much more)
SETTINGS = ((M_MMAP_THRESHOLD, 32 << 20), (M_TRIM_THRESHOLD, 128 << 20), (M_TOP_PAD, 32 << 20))

_USER_VARIABLES = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_", "GLIBC_TUNABLES")


def tune_allocator() -> bool:
    """Set the allocator thresholds for a batch run; True when they were set."""
    if os.environ.get("KG_MALLOC_TUNING", "1") == "0" or any(v in os.environ for v in _USER_VARIABLES):
        return False
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return False
    mallopt = getattr(libc, "mallopt", None)
    if mallopt is None:
        return False
    return all(mallopt(param, value) == 1 for param, value in SETTINGS)
