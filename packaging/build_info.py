"""Facts about the build that the spec, the scripts and the tests share.

The version is read from ``app/cuttings/__init__.py`` (the same line hatchling reads),
so the package is its single source; nothing here imports the package itself.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_INIT = ROOT / "app" / "cuttings" / "__init__.py"

APP_ID = "io.github.cuttings.Cuttings"
BUNDLE_NAME = "cuttings"  # the one-folder bundle: dist/cuttings/
MAC_APP_NAME = "Cuttings"  # dist/Cuttings.app

_VERSION_LINE = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)


def read_version(init_file: Path = PACKAGE_INIT) -> str:
    """Return ``__version__`` as written in the package's ``__init__.py``."""
    match = _VERSION_LINE.search(init_file.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"no __version__ line in {init_file}")
    return match.group(1)


if __name__ == "__main__":
    # `python packaging/build_info.py` prints the version for shell scripts and CI.
    sys.stdout.write(read_version() + "\n")
