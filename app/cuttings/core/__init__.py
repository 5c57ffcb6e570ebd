"""The Qt-free heart of Cuttings: fetching, extraction, storage and search.

Nothing in this package may import Qt: the command line, importers and
benchmarks drive the same API headless (``tests/core/test_no_qt.py``).
"""
