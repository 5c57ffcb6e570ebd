#!/usr/bin/env bash
# Build the bundle and the .deb, install it with apt, smoke-test the installed
# app, and remove it again, checking nothing is left behind. Needs root (apt).
#
#   packaging/linux/test-deb.sh [PYTHON]     PYTHON has the project and PyInstaller
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${1:-python3}

"$python" packaging/build.py --clean
PATH="$(dirname "$python"):$PATH" bash packaging/linux/build-deb.sh
deb=$(ls -t dist/cuttings_*_amd64.deb | head -n 1)
echo "built $deb ($(du -h "$deb" | cut -f1))"

apt-get install -y -qq "./$deb" >/dev/null
bash packaging/smoke_test.sh /usr
for shipped in /opt/cuttings/browser/chromium/manifest.json \
    /opt/cuttings/browser/cuttings-chromium-*.zip /opt/cuttings/browser/cuttings-firefox-*.zip; do
  [ -f "$shipped" ] || { echo "FAIL: the .deb lacks the browser extension: $shipped" >&2; exit 1; }
done
apt-get purge -y -qq cuttings >/dev/null
for leftover in /opt/cuttings /usr/bin/cuttings /usr/bin/cuttings-gui \
    /usr/share/applications/io.github.cuttings.Cuttings.desktop; do
  if [ -e "$leftover" ]; then
    echo "FAIL: $leftover is still there after apt-get purge" >&2
    exit 1
  fi
done
echo "deb installed, passed the smoke test, and was removed cleanly"
