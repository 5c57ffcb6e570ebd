#!/usr/bin/env python3
"""Set up a development environment and run Cuttings or its tests.

    python3 dev.py run [ARGS...]    set up .venv if needed, then launch the app
    python3 dev.py test [ARGS...]   set up .venv if needed, then lint, type-check and run every test

Only the standard library is used here, so this works on a fresh machine
with Python 3.11 or newer (Windows, macOS, Linux).
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".cuttings-installed"


def ensure_environment() -> None:
    """Create .venv and install the project with its test tools when pyproject changes."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on whatever python3 is
        sys.exit(f"Cuttings needs Python 3.11 or newer (this is {sys.version.split()[0]})")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.create(VENV, with_pip=True)
    print("Installing Cuttings and its test tools into .venv …", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    # Older pips (23.x) trip over lxml's extras in our dependency tree.
    subprocess.run([*pip, "--upgrade", "pip>=24"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__.strip())
        return 2
    command, rest = argv[0], argv[1:]
    ensure_environment()
    if command == "run":
        return subprocess.call([str(PYTHON), "-m", "cuttings", *rest])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    checks = [
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy"],  # strict on cuttings.core (pyproject)
    ]
    failed = [" ".join(c) for c in checks if subprocess.call([str(PYTHON), "-m", *c], cwd=ROOT)]
    tests = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return tests or int(bool(failed))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
