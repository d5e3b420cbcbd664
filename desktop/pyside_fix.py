"""A guard against a reference-counting bug of some PySide6 builds on Python < 3.12.

PySide6-Essentials 6.12.0 (abi3 wheel) on CPython 3.11 drops one reference to ``None`` each time
a Qt method that returns nothing is called (``QPen.setStyle``, ``QObject.setObjectName`` …),
without having taken it. ``None`` is an ordinary object before Python 3.12, so after a few
thousand such calls its count reaches zero and the interpreter aborts with "none_dealloc:
deallocating None" — in practice within seconds of scrolling the article view.

Python 3.12 made ``None`` immortal (PEP 683: a huge reference count that is never decremented
to zero), which is why the bug goes unnoticed there. When the bug is detected, we do the same
by hand: give ``None`` a reference count so large that no number of leaked decrements can bring
it to zero. Nothing else changes; on a fixed PySide6 or Python ≥ 3.12 this does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 60  # what "immortal" means in practice: unreachable by decrements
_applied = False


def leaks_none() -> bool:
    """Does calling a void Qt method lose a reference to None?"""
    from PySide6.QtCore import QPointF

    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(50):
        point.setX(1.0)
    return sys.getrefcount(None) < before - 25


def apply() -> bool:
    """Make None effectively immortal if this PySide6 leaks it; returns True if it did."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if not leaks_none():
        return False
    # ob_refcnt is the first field of every PyObject (Py_ssize_t) in CPython 3.11 and older.
    # Python 3.12 makes all of these immortal; the same builds also lose references to the
    # booleans (seen at interpreter exit) and, possibly, to cached small integers.
    for obj in (None, True, False, *range(-5, 257)):
        ctypes.c_ssize_t.from_address(id(obj)).value += _BALLAST
    _applied = True
    return True
