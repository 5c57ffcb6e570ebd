#!/usr/bin/env bash
# Smoke-test an installed or bundled Cuttings.
#
#   packaging/smoke_test.sh dist/cuttings          # PyInstaller one-folder bundle
#   packaging/smoke_test.sh dist/Cuttings.app      # macOS app bundle
#   packaging/smoke_test.sh /usr                   # a prefix with bin/cuttings (the .deb, a venv)
#
# Checks, in order: `cuttings --version`; an offscreen launch of the window that quits
# after its first paint (`cuttings-gui --quit-after-show`) on a fresh library; clipping a
# fixture article served by a local http.server and finding it in `cuttings list --json`.
# Needs bash, a Python 3 for the fixture server (PYTHON=..., default python3 or python),
# and nothing else. Works in Git Bash on Windows and on macOS's bash 3.2.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="${1:?usage: smoke_test.sh BUNDLE_OR_PREFIX}"
timeout_s="${SMOKE_TIMEOUT:-120}"

if [ -n "${PYTHON:-}" ]; then
  python="$PYTHON"
elif command -v python3 >/dev/null 2>&1 && python3 -c "" >/dev/null 2>&1; then
  python=python3
else
  python=python
fi

# Where the two programs live.
bindir=""
for candidate in "$target" "$target/bin" "$target/Scripts" "$target/Contents/MacOS"; do
  if [ -f "$candidate/cuttings" ] || [ -f "$candidate/cuttings.exe" ]; then
    bindir="$candidate"
    break
  fi
done
if [ -z "$bindir" ]; then
  echo "FAIL: no cuttings executable in $target, $target/bin, $target/Scripts or $target/Contents/MacOS" >&2
  exit 1
fi
cli="$bindir/cuttings"
gui="$bindir/cuttings-gui"
echo "testing $cli"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# macOS ships no `timeout` (perl's alarm does the same job there), and on Windows a bare
# `timeout` may be System32's "wait N seconds", so only GNU's is trusted.
with_timeout() {
  if timeout --version 2>/dev/null | grep -q GNU; then
    timeout "$timeout_s" "$@"
  else
    perl -e 'alarm shift; exec @ARGV or die "exec: $!"' "$timeout_s" "$@"
  fi
}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# 1. The version.
version_out="$(with_timeout "$cli" --version)" || fail "cuttings --version exited $?"
echo "$version_out"
expected="cuttings $("$python" "$here/build_info.py")"
[ "$(echo "$version_out" | tr -d '\r')" = "$expected" ] \
  || fail "cuttings --version printed '$version_out', expected '$expected'"

# 2. The window opens offscreen, paints once and quits with status 0.
library="$work/library"
QT_QPA_PLATFORM=offscreen with_timeout "$gui" --library "$library" --quit-after-show \
  || fail "cuttings-gui --quit-after-show exited $?"
echo "ok: the window opened and closed"

# 3. Clip a page from a local server and find it in the library.
port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
"$python" -m http.server --bind 127.0.0.1 --directory "$here/smoke" "$port" \
  >"$work/server.log" 2>&1 &
server_pid=$!
url="http://127.0.0.1:$port/article.html"
"$python" - "$url" <<'PY' || fail "the fixture server did not start"
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(sys.argv[1], timeout=1).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.1)
sys.exit(1)
PY

with_timeout "$cli" --library "$library" add "$url" 2>"$work/add.err" \
  || { cat "$work/add.err" >&2; fail "cuttings add exited $?"; }
# A bundled library that cannot load (a stripped .so, a missing data file) is logged, not fatal.
if grep -q "Traceback\|ERROR" "$work/add.err"; then
  cat "$work/add.err" >&2
  fail "cuttings add logged an error"
fi
with_timeout "$cli" --library "$library" list --json >"$work/list.json" \
  || fail "cuttings list --json exited $?"
"$python" - "$work/list.json" "$url" <<'PY' || fail "the clip is not in 'cuttings list --json'"
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    listing = json.dumps(json.load(f))
title = "River ferry returns after forty years"
if title not in listing and sys.argv[2] not in listing:
    print(f"neither {title!r} nor {sys.argv[2]} in: {listing[:500]}", file=sys.stderr)
    sys.exit(1)
# The metadata pipeline ran whole (the language is detected from the text, with numpy).
clip = json.loads(listing)[0]
if clip.get("author") != "Ada Ferryman" or not clip.get("language", "").startswith("en"):
    print(f"metadata missing: {clip}", file=sys.stderr)
    sys.exit(1)
PY
echo "ok: clipped $url and found it in the library"
echo "smoke test passed"
