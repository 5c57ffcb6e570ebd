"""Workarounds for defects of the Qt bindings we run on.

PySide6 6.12 on CPython 3.11 drops a reference to ``None`` each time a Qt
method that returns nothing is called from Python (``setObjectName``,
``QPainter.setPen``, ``processEvents``…): on 3.11 ``None`` is still reference
counted, so after some tens of thousands of such calls — seconds of painting —
the interpreter aborts with "none_dealloc: deallocating None".  CPython 3.12
made ``None`` immortal (PEP 683) and the bug cannot bite there.

Until the project runs on 3.12+ or a fixed PySide6, :func:`guard_none_refcount`
gives ``None`` the same effective immortality on 3.11 by raising its count far
beyond what any session can drop.
"""

import ctypes
import sys

_IMMORTAL_ENOUGH = 1 << 40
_guarded = False


def none_refcount_is_guarded() -> bool:
    return _guarded or sys.version_info >= (3, 12)


def guard_none_refcount() -> None:
    """Make ``None`` practically immortal on CPython < 3.12 (idempotent)."""
    global _guarded
    if none_refcount_is_guarded() or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object (Py_ssize_t).
    ctypes.c_ssize_t.from_address(id(None)).value += _IMMORTAL_ENOUGH
    _guarded = True
