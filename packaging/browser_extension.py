"""Build the browser extension for Chromium and for Firefox from the one source in browser/.

    python packaging/browser_extension.py [OUT]   # -> OUT/ (default dist/browser/)

Writes ``chromium/`` (the folder to "Load unpacked"), ``cuttings-chromium-<version>.zip``
(the same zipped; a Chrome Web Store upload would drop ``key`` and get the store's own id,
which the endpoint would then have to allow too) and ``cuttings-firefox-<version>.zip``
(an .xpi-ready zip: Firefox's "Load Temporary Add-on", or signing on addons.mozilla.org).
The manifests differ only where the browsers do: Chromium's keeps the ``key`` that fixes
its extension id and runs the background script as a service worker; Firefox's has
``browser_specific_settings`` and runs it as background scripts.  ``packaging/build.py``
puts the result in the bundle.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import zipfile
from pathlib import Path

from build_info import ROOT, read_version

SOURCE = ROOT / "browser"


def manifest_version(version: str) -> str:
    """The app's version as browsers accept it: up to four dot-separated integers."""
    match = re.match(r"\d+(\.\d+){0,3}", version)
    if match is None:
        raise ValueError(f"version {version!r} does not start with a number")
    return match.group(0)


def manifest_for(browser: str, version: str) -> dict:
    manifest = json.loads((SOURCE / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = manifest_version(version)
    background = manifest["background"]
    if browser == "chromium":
        del manifest["browser_specific_settings"]
        del background["scripts"]
    else:
        del manifest["key"]
        del background["service_worker"]
    return manifest


def write_unpacked(browser: str, target: Path, version: str) -> Path:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(SOURCE, target, ignore=shutil.ignore_patterns("manifest.json", ".*"))
    manifest = manifest_for(browser, version)
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return target


def zip_folder(folder: Path, archive: Path) -> Path:
    # Sorted names and a fixed date: the same source gives the same zip.
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), (2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, path.read_bytes())
    return archive


def build(out: Path, version: str | None = None) -> dict[str, Path]:
    """The unpacked folders and zips for both browsers, in ``out``."""
    version = version or read_version()
    out.mkdir(parents=True, exist_ok=True)
    built: dict[str, Path] = {}
    for browser in ("chromium", "firefox"):
        folder = write_unpacked(browser, out / browser, version)
        built[browser] = folder
        built[f"{browser}.zip"] = zip_folder(folder, out / f"cuttings-{browser}-{version}.zip")
    # Firefox installs from a zip; only Chromium's "Load unpacked" needs the folder.
    shutil.rmtree(built.pop("firefox"))
    return built


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else ROOT / "dist" / "browser"
    for name, path in build(out).items():
        print(f"{name}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
