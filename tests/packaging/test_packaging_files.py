"""The packaging files are valid and agree with the package (fast: nothing is built).

desktop-file-validate and appstreamcli come from Debian/Ubuntu's desktop-file-utils and
appstream packages; CI installs both, so those tests skip only on machines without them.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
import yaml

import cuttings

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.cuttings.Cuttings"
DESKTOP = ROOT / "resources" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
PACKAGING = ROOT / "packaging"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def load_build_info() -> ModuleType:
    # Loaded by path: the folder is named like the PyPI "packaging" library, so it is no package.
    spec = importlib.util.spec_from_file_location(
        "cuttings_build_info", PACKAGING / "build_info.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_sizes(path: Path) -> set[int]:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), f"{path} is not an icon file"
    sizes = set()
    for index in range(count):
        width, height = data[6 + 16 * index], data[7 + 16 * index]
        assert width == height
        sizes.add(width or 256)  # 0 means 256 in an ICONDIRENTRY
    return sizes


def icns_types(path: Path) -> set[str]:
    data = path.read_bytes()
    assert data[:4] == b"icns", f"{path} is not an icns file"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    types, offset = set(), 8
    while offset < len(data):
        kind, length = struct.unpack(">4sI", data[offset : offset + 8])
        types.add(kind.decode("ascii"))
        offset += length
    return types


# --- Linux desktop integration ---------------------------------------------------------------


def test_desktop_entry_launches_the_gui_with_the_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == cuttings.APP_NAME
    assert section["Exec"].split()[0] == "cuttings-gui"
    assert section["Icon"] == "cuttings"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils"
)
def test_desktop_entry_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output and "warning:" not in output, output


def test_metainfo_matches_the_package_and_the_desktop_entry():
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == cuttings.APP_NAME
    assert component.findtext("launchable") == DESKTOP.name
    assert component.find("content_rating") is not None
    assert component.findtext("developer/name")
    releases = component.findall("releases/release")
    assert releases, "no <release> entry"
    assert releases[0].get("version") == cuttings.__version__, "newest release must come first"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    # AppStream >= 1.0 warns when there is no <url type="homepage">; the project has no
    # public address yet. Every other warning or error fails the test.
    problems = [
        line
        for line in output.splitlines()
        if re.match(r"[EW]: ", line) and "url-homepage-missing" not in line
    ]
    assert not problems, output
    if result.returncode != 0:
        assert "url-homepage-missing" in output, output


# --- Icons -----------------------------------------------------------------------------------


def test_svg_master_exists():
    root = ET.parse(ICONS / "cuttings.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_hicolor_png_has_its_size(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "cuttings.png"
    assert png_size(path) == (size, size)


def test_ico_holds_every_windows_size():
    assert ico_sizes(ICONS / "cuttings.ico") >= {16, 24, 32, 48, 64, 128, 256}


def test_icns_holds_every_macos_size():
    # ic07..ic10: 128, 256, 512, 512@2x; ic11..ic14: 16@2x, 32@2x, 128@2x, 256@2x.
    expected = {"ic07", "ic08", "ic09", "ic10", "ic11", "ic12", "ic13", "ic14"}
    assert icns_types(ICONS / "cuttings.icns") >= expected


# --- Version: one source ---------------------------------------------------------------------


def test_build_info_reads_the_package_version():
    assert load_build_info().read_version() == cuttings.__version__


def test_spec_takes_its_version_from_the_package():
    spec = (PACKAGING / "cuttings.spec").read_text(encoding="utf-8")
    assert "read_version()" in spec
    assert "bundle_identifier=APP_ID" in spec
    assert load_build_info().APP_ID == APP_ID
    assert not re.search(r"""["']\d+\.\d+\.\d+["']""", spec), "a version is hard-coded"


def test_inno_setup_script_takes_its_version_from_the_command_line():
    iss = (PACKAGING / "windows" / "cuttings.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss
    assert "PrivilegesRequired=lowest" in iss
    assert re.search(r"AppId=\{\{[0-9A-F-]{36}\}", iss)
    code = "\n".join(line for line in iss.splitlines() if not line.lstrip().startswith(";"))
    assert not re.search(r"\b\d+\.\d+\.\d+\b", code), "a version is hard-coded"


# --- Scripts and CI --------------------------------------------------------------------------


@pytest.mark.skipif(
    shutil.which("bash") is None or sys.platform == "win32",
    reason="needs a POSIX bash (Windows may only have the WSL launcher)",
)
@pytest.mark.parametrize(
    "script", ["smoke_test.sh", "linux/build-deb.sh", "macos/build-dmg.sh"], ids=str
)
def test_shell_script_parses(script):
    subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)


def test_workflow_builds_on_the_three_systems():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert {"push", "pull_request"} <= set(triggers)
    build = workflow["jobs"]["build"]
    assert set(build["strategy"]["matrix"]["os"]) == {
        "ubuntu-latest",
        "windows-latest",
        "macos-latest",
    }
    steps = [step.get("run", "") + step.get("uses", "") for step in build["steps"]]
    for needed in (
        "pytest",
        "packaging/build.py",
        "smoke_test.sh",
        "build-deb.sh",
        "cuttings.iss",
        "build-dmg.sh",
        "actions/upload-artifact@v4",
    ):
        assert any(needed in step for step in steps), f"no step runs {needed}"
