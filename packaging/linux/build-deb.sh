#!/usr/bin/env bash
# Build dist/cuttings_<version>_amd64.deb from the PyInstaller bundle in dist/cuttings/.
#
#   python packaging/build.py && packaging/linux/build-deb.sh
#
# Layout: the bundle in /opt/cuttings, /usr/bin/cuttings{,-gui} symlinks into it, the desktop
# entry, hicolor icons and AppStream metainfo in /usr/share. Needs dpkg-deb (any Debian or
# Ubuntu) and a Python 3 to read the version; no debhelper, no fakeroot.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
python="${PYTHON:-python3}"
bundle="${1:-$root/dist/cuttings}"
out_dir="$root/dist"
app_id="io.github.cuttings.Cuttings"
maintainer="${DEB_MAINTAINER:-The Cuttings developers <cuttings@users.noreply.github.com>}"

[ -x "$bundle/cuttings" ] || { echo "no bundle at $bundle: run packaging/build.py first" >&2; exit 1; }

# PEP 440 pre-releases sort before the release in Debian only with a tilde: 1.0rc1 -> 1.0~rc1.
version="$("$python" "$root/packaging/build_info.py")"
deb_version="$(echo "$version" | sed -E 's/^([0-9.]+)\.?((a|b|rc|dev)[0-9]*)/\1~\2/')"
arch="$(dpkg --print-architecture)"
stage="$root/build/deb/cuttings_${deb_version}_${arch}"
deb="$out_dir/cuttings_${deb_version}_${arch}.deb"

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/metainfo" "$stage/usr/share/doc/cuttings" "$stage/usr/share/lintian/overrides"

cp -a "$bundle" "$stage/opt/cuttings"
# Shared libraries need not be executable (PyInstaller copies them 0755).
find "$stage/opt/cuttings" -type f -name '*.so*' -exec chmod 644 {} +
ln -s /opt/cuttings/cuttings "$stage/usr/bin/cuttings"
ln -s /opt/cuttings/cuttings-gui "$stage/usr/bin/cuttings-gui"

install -m 644 "$root/resources/linux/$app_id.desktop" "$stage/usr/share/applications/"
install -m 644 "$root/resources/linux/$app_id.metainfo.xml" "$stage/usr/share/metainfo/"
for png in "$root"/resources/icons/hicolor/*/apps/cuttings.png; do
  size="$(basename "$(dirname "$(dirname "$png")")")"
  install -D -m 644 "$png" "$stage/usr/share/icons/hicolor/$size/apps/cuttings.png"
done
install -D -m 644 "$root/resources/icons/cuttings.svg" \
  "$stage/usr/share/icons/hicolor/scalable/apps/cuttings.svg"

cat >"$stage/usr/share/doc/cuttings/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Cuttings

Files: *
Copyright: 2026 The Cuttings developers
License: MIT

Files: opt/cuttings/_internal/*
Comment: Python, Qt for Python (PySide6, LGPL-3.0), and the Python libraries Cuttings uses,
 as bundled by PyInstaller; each keeps its own licence, shipped in its dist-info folder.
License: various
COPYRIGHT
printf 'cuttings (%s) unstable; urgency=medium\n\n  * Release %s.\n\n -- %s  %s\n' \
  "$deb_version" "$version" "$maintainer" "$(date -R)" | gzip -9n >"$stage/usr/share/doc/cuttings/changelog.gz"

# A PyInstaller bundle carries its own Python and Qt: lintian's rules for distro-built
# binaries do not apply to it.
cat >"$stage/usr/share/lintian/overrides/cuttings" <<'OVERRIDES'
cuttings: embedded-library *
cuttings: dir-or-file-in-opt *
cuttings: no-manual-page *
cuttings: shared-library-lacks-prerequisites *
cuttings: hardening-no-fortify-functions *
cuttings: hardening-no-pie *
cuttings: library-not-linked-against-libc *
cuttings: spelling-error-in-binary *
cuttings: binary-or-shlib-defines-rpath *
cuttings: missing-depends-on-sensible-utils *
OVERRIDES

cat >"$stage/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
# dpkg triggers do this on current systems; the explicit calls cover minimal ones.
if [ "$1" = "configure" ]; then
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
  fi
fi
exit 0
SCRIPT
cat >"$stage/DEBIAN/postrm" <<'SCRIPT'
#!/bin/sh
set -e
if [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
  fi
fi
exit 0
SCRIPT
chmod 755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"

# The bundle needs the glibc it was built against (the newest GLIBC_x.y symbol any ELF asks for)
# and the system's graphics stack, which PyInstaller deliberately does not bundle (GL, EGL,
# libxcb); the xcb helpers and fontconfig/dbus are listed too so that a bundle built on a host
# lacking them still starts. Checked with ldd on the bundled Qt plugins (see packaging/README.md).
glibc="$(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
  | xargs -0 grep -aoh 'GLIBC_2\.[0-9]*' 2>/dev/null | sort -t. -k2,2n -u | tail -n1 | sed 's/GLIBC_//')"
depends="libc6 (>= ${glibc:-2.31}), libegl1, libgl1, libxcb1, libx11-6, libx11-xcb1, libxkbcommon0,"
depends+=" libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1,"
depends+=" libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libfontconfig1,"
depends+=" libfreetype6, libdbus-1-3"
recommends="libwayland-client0, libwayland-cursor0, libwayland-egl1"

installed_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
cat >"$stage/DEBIAN/control" <<CONTROL
Package: cuttings
Version: $deb_version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_kb
Depends: $depends
Recommends: $recommends
Section: web
Priority: optional
Description: desktop news-clipping manager
 Cuttings clips articles by URL and keeps a clean, readable copy of each in a
 local library, so they can be read offline, tagged and found again with
 full-text search, even after the page has changed or gone.
 .
 This package ships a self-contained build with its own Python and Qt in
 /opt/cuttings, and the commands cuttings (command line) and cuttings-gui.
CONTROL

(cd "$stage" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | LC_ALL=C sort -z \
  | xargs -0 md5sum >DEBIAN/md5sums)

mkdir -p "$out_dir"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1), installed size $((installed_kb / 1024)) MiB)"
