"""The guard against PySide6 dropping references to None on Python 3.11."""

import sys

from PySide6.QtCore import QObject

from cuttings.ui.compat import guard_none_refcount, none_refcount_is_guarded


def test_many_void_qt_calls_do_not_kill_none():
    guard_none_refcount()
    assert none_refcount_is_guarded()
    obj = QObject()
    for _ in range(50_000):  # enough to abort an unguarded 3.11 interpreter
        obj.setObjectName("x")
    assert sys.getrefcount(None) > 0
