"""Re-checks against a local server: versions, statuses, politeness, 429 and the CLI."""

import json
import threading
import time
from datetime import UTC, datetime, timedelta

from cuttings.cli import main
from cuttings.core.clipping import build_article, clip_url
from cuttings.core.fetch import Fetcher
from cuttings.core.library import Library
from cuttings.core.versions.compare import compare
from cuttings.core.versions.recheck import recheck
from cuttings.core.versions.schedule import Schedule
from tests.core.netfixtures import RoutedNetwork
from tests.core.versionpages import FIRST, Article, page
from tests.pageserver import send


def check(library, ids, **options):
    outcomes = []
    recheck(library.check_targets(ids), outcomes.append, **options)
    return library.record_checks(outcomes)


def test_versions_through_edits_whitespace_and_removal(library, server):
    story = Article(page("Council approves budget", FIRST))
    url = server.route("story", story)
    clip = clip_url(library, url, tags=["council"]).clip
    library.update_clip(clip.id, note="ask the mayor")
    library.edit_details(clip.id, source="City News desk")

    second = [*FIRST]
    second[1] = second[1].replace("a victory for the schools", "a defeat for the hospitals")
    story.html = page("Council budget passes after walkout", second)
    assert check(library, [clip.id]).new_versions == {clip.id: 2}

    story.html = page(
        "Council  budget passes\nafter walkout", [p.replace(" ", "   ") for p in second]
    )
    assert check(library, [clip.id]).findings == {clip.id: "unchanged"}

    story.status, story.html = 404, "<html><body>Not found</body></html>"
    assert check(library, [clip.id]).findings == {clip.id: "removed"}

    versions = library.versions(clip.id)
    assert [v.number for v in versions] == [1, 2]
    assert versions[1].changes == "headline changed, 1 paragraph changed"
    now = library.get(clip.id)
    assert (now.status, now.change_count, now.tags, now.note, now.source) == (
        "removed",
        1,
        ("council",),
        "ask the mayor",
        "City News desk",
    )
    assert library.version(clip.id, 1).title == "Council approves budget"
    assert "victory for the schools" in library.version(clip.id, 1).text

    # The diff names the edited words, and the headline's.
    _old, _new, diff = compare(library, clip.id)
    changed = {(op.op, op.text) for op in diff.body if op.op != "equal"}
    assert {("delete", "victory"), ("insert", "defeat"), ("delete", "schools")} <= changed
    assert ("insert", "hospitals") in changed
    assert diff.fields[0].changed and not diff.fields[1].changed


def test_cli_versions_and_diff(library, server, capsys):
    story = Article(page("Council approves budget", FIRST))
    clip = clip_url(library, server.route("story", story)).clip
    second = [*FIRST]
    second[1] = second[1].replace("a victory", "a defeat")
    story.html = page("Council approves budget", second)
    lib = ["--library", str(library.path)]
    assert main([*lib, "recheck", str(clip.id)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and f"{clip.id}\tchanged\tversion 2" in err
    assert main([*lib, "versions", str(clip.id), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [v["number"] for v in data["versions"]] == [1, 2]
    assert data["versions"][1]["changes"] == "1 paragraph changed"
    assert main([*lib, "diff", str(clip.id)]) == 0
    out = capsys.readouterr().out
    assert "[-victory-]{+defeat+}" in out and "\x1b[" not in out
    assert main([*lib, "diff", str(clip.id), "--json"]) == 0
    ops = json.loads(capsys.readouterr().out)["body"]
    assert ["delete", "victory"] in ops and ["insert", "defeat"] in ops
    # On a terminal (or asked for), insertions are green and deletions red and struck.
    assert main([*lib, "diff", str(clip.id), "--color", "always"]) == 0
    out = capsys.readouterr().out
    assert "\x1b[31;9mvictory\x1b[0m" in out and "\x1b[32mdefeat\x1b[0m" in out
    assert main([*lib, "diff", str(clip.id), "1", "7"]) == 1
    assert "no version 7" in capsys.readouterr().err


def test_a_wall_or_a_redirect_never_replaces_the_kept_version(library, server):
    story = Article(page("Council approves budget", FIRST))
    clip = clip_url(library, server.route("story", story)).clip
    story.html = page("Council approves budget", ["Subscribe to continue reading this article."])
    assert check(library, [clip.id]).findings == {clip.id: "walled"}
    story.status, story.headers = 302, {"Location": server.url("elsewhere")}
    server.page("elsewhere", page("Something else", FIRST))
    assert check(library, [clip.id]).findings == {clip.id: "redirected"}
    assert len(library.versions(clip.id)) == 1
    assert library.get(clip.id).status == "redirected"
    story.status, story.headers = 200, {}
    story.html = page("Council approves budget", FIRST)
    assert check(library, [clip.id]).findings == {clip.id: "unchanged"}
    assert library.get(clip.id).status == "ok"


def test_conditional_requests_send_the_etag_back(library, server):
    story = Article(page("Council approves budget", FIRST))
    story.etag = '"v1"'
    clip = clip_url(library, server.route("story", story)).clip
    assert check(library, [clip.id]).findings == {clip.id: "unchanged"}  # stores the ETag
    assert check(library, [clip.id]).findings == {clip.id: "unchanged"}
    assert story.conditional == 1


def test_conditional_requests_send_last_modified_back(library, server):
    stamp = "Mon, 24 Feb 2025 10:00:00 GMT"
    html = page("Council approves budget", FIRST).encode()
    asked: list[str | None] = []

    def story(h):
        asked.append(h.headers.get("If-Modified-Since"))
        if h.headers.get("If-Modified-Since") == stamp:
            send(h, 304, b"", "")
        else:
            send(h, 200, html, "text/html; charset=utf-8", {"Last-Modified": stamp})

    clip = clip_url(library, server.route("story", story)).clip
    assert check(library, [clip.id]).findings == {clip.id: "unchanged"}  # stores the date
    assert check(library, [clip.id]).findings == {clip.id: "unchanged"}
    assert asked[-2:] == [None, stamp]


def test_at_most_two_requests_at_once_per_host(library, server):
    hosts = [f"site{n}.test" for n in range(3)]
    network = RoutedNetwork({host: ["127.0.0.1"] for host in hosts})
    fetcher = Fetcher(network=network)
    story = Article(page("Council approves budget", FIRST))
    story.delay = 0.05
    server.route("story", story)
    port = server.httpd.server_address[1]
    ids = []
    for host in hosts:
        for n in range(8):
            url = f"http://{host}:{port}/story?n={n}"
            ids.append(clip_url(library, url, fetcher=fetcher).clip.id)
    story.peak.clear()
    result = check(library, ids, fetcher=fetcher, workers=6)
    assert set(result.findings.values()) == {"unchanged"} and len(result.findings) == 24
    # Never more than 2 at once to a host, and the limit was reached (the run was parallel).
    assert set(story.peak) == set(hosts)
    assert max(story.peak.values()) == 2 and all(peak <= 2 for peak in story.peak.values())


def test_a_429_with_retry_after_pauses_the_host(library, server):
    story = Article(page("Council approves budget", FIRST))
    clip = clip_url(library, server.route("story", story)).clip
    asked: list[float] = []

    def busy(h):
        asked.append(time.monotonic())
        if len(asked) == 1:
            send(h, 429, b"slow down", "text/plain", {"Retry-After": "1"})
        else:
            story(h)

    server.route("story", busy)
    assert check(library, [clip.id]).findings == {clip.id: "unchanged"}
    assert len(asked) == 2 and asked[1] - asked[0] >= 1.0
    # A server asking for longer than the run waits: a failure now, the clip unharmed.
    server.route("story", lambda h: send(h, 429, b"", "text/plain", {"Retry-After": "3600"}))
    result = check(library, [clip.id])
    assert result.findings == {clip.id: "failed"} and library.get(clip.id).status == "ok"


def test_cancel_stops_the_checks_not_started(library, server):
    story = Article(page("Council approves budget", FIRST))
    story.delay = 0.3
    server.route("story", story)
    ids = [clip_url(library, server.url(f"story?n={n}")).clip.id for n in range(10)]
    cancel = threading.Event()
    outcomes = []

    def on_outcome(outcome):
        outcomes.append(outcome)
        cancel.set()

    recheck(library.check_targets(ids), on_outcome, cancel=cancel)
    assert 1 <= len(outcomes) < 10


def test_the_schedule_decays_and_resumes_from_the_library(library, server):
    story = Article(page("Council approves budget", FIRST))
    clip = clip_url(library, server.route("story", story)).clip
    schedule = Schedule.parse("1h,1d,7d")
    clipped = library.get(clip.id).clipped_at
    assert library.due_checks(schedule=schedule, now=clipped + timedelta(minutes=30)) == []
    due = library.due_checks(schedule=schedule, now=clipped + timedelta(hours=2))
    assert [t.clip_id for t in due] == [clip.id]
    outcomes = []
    recheck(due, outcomes.append)
    library.record_checks(outcomes, schedule=schedule, now=clipped + timedelta(hours=2))
    # Reopened: the next check is the 1-day step, not before.
    with Library(library.path) as reopened:
        assert reopened.due_checks(schedule=schedule, now=clipped + timedelta(hours=20)) == []
        assert len(reopened.due_checks(schedule=schedule, now=clipped + timedelta(days=2))) == 1
        assert (
            reopened.due_checks(schedule=Schedule.parse("off"), now=clipped + timedelta(days=2))
            == []
        )
    # A clip whose last step passed before it was ever checked is not due.
    fresh = clip_url(library, server.url("story?n=2")).clip
    later = datetime.now(UTC) + timedelta(days=9)
    due = library.due_checks(schedule=Schedule.parse("1h"), now=later)
    assert fresh.id not in [target.clip_id for target in due]


def test_cli_recheck_all_since_and_due(library, server, capsys):
    story = Article(page("Council approves budget", FIRST))
    url = server.route("story", story)
    old = library.add(
        build_article(story.html, server.url("story?n=1")),
        clipped_at=datetime.now(UTC) - timedelta(days=2),
    ).clip
    new = clip_url(library, url).clip
    lib = ["--library", str(library.path)]
    # Due on the default schedule: only the clip clipped two days ago.
    assert main([*lib, "recheck"]) == 0
    assert "checked 1 of 1: 1 unchanged" in capsys.readouterr().err
    assert main([*lib, "recheck", "--since", datetime.now(UTC).date().isoformat()]) == 0
    assert "checked 1 of 1" in capsys.readouterr().err
    story.status = 410
    assert main([*lib, "recheck", "--all"]) == 0
    out, err = capsys.readouterr()
    assert "checked 2 of 2: 2 removed" in err and f"{new.id}\tremoved" in err
    assert main([*lib, "versions", str(old.id)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "status: removed"
    assert main([*lib, "recheck", "--all", str(old.id)]) == 1
    assert "not both" in capsys.readouterr().err
    assert main([*lib, "recheck", "--schedule", "soon"]) == 1
    assert "cannot read the re-check step" in capsys.readouterr().err


def test_every_kind_of_wall_the_detector_knows_is_walled_on_a_recheck(library, server):
    from tests.core.wall_pages import WALLS

    story = Article(page("Council approves budget", FIRST))
    clip = clip_url(library, server.route("story", story)).clip
    kept = library.get(clip.id).text
    for name, html, *_ in WALLS:
        story.html = html
        assert check(library, [clip.id]).findings == {clip.id: "walled"}, name
    assert len(library.versions(clip.id)) == 1
    assert library.get(clip.id).text == kept
