"""The Qt shell of Cuttings: a thin layer of windows and models over :mod:`cuttings.core`."""

# Before PySide6: from its import on, PySide6 reads the source of every module
# imported after it (looking for its __feature__ switch), and the core brings some
# 300 (SQLAlchemy, SQLModel, pydantic): 100 ms of start-up.  Imported first, they
# are left alone.
import cuttings.core.library  # noqa: F401
