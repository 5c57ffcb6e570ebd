"""Build the one-folder PyInstaller bundle of Cuttings.

    python packaging/build.py            # -> dist/cuttings/ (and dist/Cuttings.app on macOS)

Run it with the Python that has the project and PyInstaller installed
(``pip install -e '.[test]' pyinstaller``). Prints how long it took and how big
the bundle is, so regressions in size are noticed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import browser_extension
from build_info import BUNDLE_NAME, MAC_APP_NAME, ROOT, read_version

SPEC = Path(__file__).resolve().parent / "cuttings.spec"


def tree_size(path: Path) -> int:
    """Total size in bytes of the regular files under ``path`` (symlinks not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, clean: bool) -> Path:
    """Run PyInstaller on the spec and return the bundle folder."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / BUNDLE_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Cuttings PyInstaller bundle.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller cache"
    )
    parser.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first")
    args = parser.parse_args(argv)

    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve(), args.clean)
    # The browser extension ships beside the programs (the .deb's /opt/cuttings/browser,
    # the Windows install folder) and in the macOS app's Resources.
    browser_extension.build(bundle / "browser")
    app = args.dist / f"{MAC_APP_NAME}.app"
    if app.is_dir():
        browser_extension.build(app / "Contents" / "Resources" / "browser")
    elapsed = time.monotonic() - started
    print(f"Cuttings {read_version()}: built {bundle} in {elapsed:.0f} s")
    print(f"bundle size: {tree_size(bundle) / 2**20:.1f} MiB")
    if app.is_dir():
        print(f"macOS app: {app} ({tree_size(app) / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
