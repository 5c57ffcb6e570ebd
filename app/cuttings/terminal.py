"""What the command line writes to a terminal, and how Ctrl-C reaches a long command."""

import contextlib
import html
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any, TextIO

# Stored text from an import or an older version may hold C0/C1 control
# characters, and printed they could drive the terminal: one shared rule.
from cuttings.core.cleaning import strip_control_chars as printable


def summary_line(clip: Any) -> str:
    date = clip.clipped_at.strftime("%Y-%m-%d")
    source = clip.source or clip.site_name
    tags = f"  [{', '.join(clip.tags)}]" if clip.tags else ""
    return printable(f"{clip.id}\t{date}\t{source}\t{clip.title}{tags}")


def show_json(clip: Any) -> dict[str, Any]:
    """``show --json``: the clip's JSON with the details edited by hand and its reading state."""
    return {**clip.to_json(), "edited": list(clip.edited), "state": clip.state.to_json()}


def details_lines(clip: Any) -> list[str]:
    """The head of ``show``: the title, then one ``Label:  value`` line per detail set."""
    lines = [clip.title, ""]
    for label, value in (
        ("Source", clip.source),
        ("Site", clip.site_name if clip.site_name != clip.source else ""),
        ("Author", clip.author),
        ("Published", clip.published_at or ""),
        ("Clipped", clip.clipped_at.isoformat()),
        ("Language", clip.language),
        ("Tags", ", ".join(clip.tags)),
        ("URL", clip.url),
        ("Note", clip.note),
        ("Captured", clip.capture if clip.capture != "fetched" else ""),
        ("Partial", clip.partial),
        ("Edited", ", ".join(_EDITED_LABELS.get(name, name) for name in clip.edited)),
    ):
        if value:
            lines.append(f"{label + ':':<11}{value}")
    return lines


# ``clips.edited`` names, as ``edit``'s options call them.
_EDITED_LABELS = {"site_name": "site", "published_at": "published"}


def snippet_to_text(snippet: str, *, bold: bool = False) -> str:
    """A search snippet (HTML-escaped, terms in ``<b>``) as terminal text."""
    start, end = ("\x1b[1m", "\x1b[0m") if bold else ("**", "**")
    # Our own bold escapes go in after the clip's text is made printable.
    marked = snippet.replace("<b>", "\ue000").replace("</b>", "\ue001")
    return printable(html.unescape(marked)).replace("\ue000", start).replace("\ue001", end)


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


class Progress:
    """A one-line progress counter on a terminal; silent when piped."""

    def __init__(self, total: int, stream: TextIO, *, verb: str = "clipping") -> None:
        self.total = total
        self.done = 0
        self.verb = verb
        self.stream = stream
        self.live = stream.isatty() and total > 1

    def _draw(self) -> None:
        if self.live:
            self.stream.write(f"\r\x1b[K{self.verb} {self.done}/{self.total}…")
            self.stream.flush()

    def advance(self) -> None:
        self.done += 1
        self._draw()

    def message(self, text: str) -> None:
        if self.live:
            self.stream.write("\r\x1b[K")
        print(text, file=self.stream, flush=True)
        self._draw()

    def finish(self) -> None:
        if self.live:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


@contextlib.contextmanager
def ctrl_c_sets(cancel: threading.Event, process_ends_after: bool) -> Iterator[None]:
    """Within the block, SIGINT sets ``cancel`` (and says so) instead of raising.

    When the process ends after the block, SIGINT is ignored from then on:
    an impatient second Ctrl-C must not kill it during the interpreter's exit
    (which resets Python's handlers) and turn status 130 into a signal death.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_sigint(_signum: int, _frame: object) -> None:
        # os.write, not print: the handler may run while the main thread is
        # in the middle of writing to stderr itself.
        again = cancel.is_set()
        cancel.set()
        message = "still stopping, please wait" if again else "cancelling (Ctrl-C)"
        os.write(sys.stderr.fileno(), f"\ncuttings: {message}…\n".encode())

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN if process_ends_after else previous)
