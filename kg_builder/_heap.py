"""glibc's allocator, told to keep the memory a parsing process frees.

spaCy allocates its layers' arrays afresh for every batch, several MB each. By default glibc
hands large freed blocks back to the kernel — it unmaps them, or trims the top of the heap once
more than its trim threshold is free there (at most 64 MB, adjusted as it goes) — and the next
batch takes the same memory back one zeroed page at a time. In a kg_builder worker, where
extraction runs between the parser's batches, that happened 6 to 11 times as often as in bare
``nlp.pipe`` (700 BBC articles: 633,000 minor page faults instead of ~100,000, 2.0 s of kernel
time; the worker's CPU time was 37.7 s, and 34.4 s with the settings below, in one pair of
runs). Fixed thresholds stop it: blocks up to 32 MB come from the heap, and up to 256 MB of
free heap stays mapped. The peak does not grow by that much — what is kept was in use a moment
before (worker peak RSS 348 -> 355 MB, measured).
"""

from __future__ import annotations

import ctypes
import os
import platform

__all__ = ["HEAP_SETTINGS", "keep_freed_memory"]

#: glibc tunable (its environment variable, read at process start) → (``mallopt`` parameter
#: from malloc.h, value): M_MMAP_THRESHOLD's largest allowed value on 64-bit, and a trim
#: threshold above what one batch frees at once
HEAP_SETTINGS: dict[str, tuple[int, int]] = {
    "MALLOC_MMAP_THRESHOLD_": (-3, 32 * 1024**2),
    "MALLOC_TRIM_THRESHOLD_": (-1, 256 * 1024**2),
}


def keep_freed_memory() -> dict[str, int]:
    """Set :data:`HEAP_SETTINGS` in this process with ``mallopt`` and return what was set.

    A setting whose environment variable is present is left alone (glibc has read it at start,
    and the user's choice wins). Nothing happens outside glibc (macOS, musl, Windows) or where
    ``mallopt`` refuses a value."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return {}
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return {}
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    applied: dict[str, int] = {}
    for variable, (param, value) in HEAP_SETTINGS.items():
        if variable not in os.environ and mallopt(param, value) == 1:
            applied[variable] = value
    return applied
