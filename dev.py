#!/usr/bin/env python3
"""Set up a development environment and run Cuttings or its tests.

    python3 dev.py run [ARGS...]    set up .venv if needed, then launch the app
    python3 dev.py test [ARGS...]   set up .venv if needed, then lint, type-check and run every test
    python3 dev.py translations [LANG...]
                                    update resources/translations/*.ts from the window's code
                                    (pyside6-lupdate), starting a .ts for each new LANG (e.g. pt),
                                    and compile them all to .qm (pyside6-lrelease)

Only the standard library is used here, so this works on a fresh machine
with Python 3.11 or newer (Windows, macOS, Linux).
"""

import hashlib
import os
import re
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


TRANSLATIONS = ROOT / "resources" / "translations"
# The code whose texts the window shows: every module of the window, nothing else
# (the command line and the logs stay English).
TRANSLATED_CODE = ROOT / "app" / "cuttings" / "ui"
_NUMERUS = re.compile(
    r"(<message numerus=\"yes\">\s*<source>(?P<source>[^<]*)</source>\s*)"
    r"<translation type=\"unfinished\">\s*<numerusform>[^<]*</numerusform>\s*"
    r"<numerusform>[^<]*</numerusform>\s*</translation>"
)


def _english_plurals(match: re.Match[str]) -> str:
    """English's two forms from a source written "%n clip(s)" or "%n match(es)".

    Only unfinished messages come here: forms written by hand are kept.
    """
    source = match.group("source")
    one = re.sub(r"\((e?s)\)", "", source)
    many = re.sub(r"\((e?s)\)", r"\1", source)
    return (
        f"{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n"
        f"            <numerusform>{many}</numerusform>\n        </translation>"
    )


def translations(new_languages: list[str]) -> int:
    """Update every .ts from the code (keeping what is translated), then compile them all.

    English holds only the plural forms, filled in here from the "(s)" of the source.
    """
    sources = sorted(str(path) for path in TRANSLATED_CODE.rglob("*.py"))
    lupdate, lrelease = BIN / "pyside6-lupdate", BIN / "pyside6-lrelease"
    # No locations: line numbers would change the .ts files at every edit of the code.
    common = [str(lupdate), *sources, "-no-obsolete", "-locations", "none"]
    english = TRANSLATIONS / "cuttings_en.ts"
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    added = {TRANSLATIONS / f"cuttings_{language}.ts" for language in new_languages}
    found = set(TRANSLATIONS.glob("cuttings_*.ts"))
    others = sorted((found | added) - {english})
    for ts in others:
        language = ts.stem.split("_", 1)[1]
        subprocess.run([*common, "-target-language", language, "-ts", str(ts)], check=True)
    subprocess.run(
        [*common, "-pluralonly", "-target-language", "en", "-ts", str(english)], check=True
    )
    english.write_text(
        _NUMERUS.sub(_english_plurals, english.read_text(encoding="utf-8")), encoding="utf-8"
    )
    for ts in [english, *others]:
        qm = ts.with_suffix(".qm")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "translations"}:
        print(__doc__.strip())
        return 2
    command, rest = argv[0], argv[1:]
    ensure_environment()
    if command == "translations":
        return translations(rest)
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
