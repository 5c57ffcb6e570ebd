#!/usr/bin/env bash
# Pack dist/Cuttings.app into dist/Cuttings-<version>.dmg with the stock hdiutil.
#
#   python packaging/build.py && packaging/macos/build-dmg.sh
#
# The image holds the app and an /Applications link to drag it onto. The app is not signed
# or notarised (that needs an Apple Developer ID): Gatekeeper asks users to right-click > Open.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
python="${PYTHON:-python3}"
app="${1:-$root/dist/Cuttings.app}"

[ -d "$app" ] || { echo "no app bundle at $app: run packaging/build.py first (on macOS)" >&2; exit 1; }
version="$("$python" "$root/packaging/build_info.py")"
dmg="$root/dist/Cuttings-$version.dmg"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
# hdiutil now and then fails with "Resource busy" on CI machines; a retry gets past it.
for attempt in 1 2 3; do
  if hdiutil create -volname "Cuttings $version" -srcfolder "$staging" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$dmg"; then
    break
  fi
  [ "$attempt" -lt 3 ] || exit 1
  sleep 5
done
hdiutil verify "$dmg"
echo "built $dmg ($(du -h "$dmg" | cut -f1))"
