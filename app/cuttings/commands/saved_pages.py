"""``cuttings add URL --html FILE``: clip a saved page as the page at URL, without a fetch."""

import argparse
import sys
from typing import Any

from cuttings.core.cleaning import strip_control_chars as printable


def add_saved_page(library: Any, args: argparse.Namespace) -> int:
    """Clip ``args.html`` (``.html``/``.htm``/``.mhtml``) as the page at the one URL given.

    The clip is a ``file`` capture.  An existing clip of the URL is replaced
    when it is partial (or with ``--refresh``), else kept.
    """
    from cuttings.core.clipping import build_article, keep_article
    from cuttings.core.errors import CuttingsError
    from cuttings.core.saved_pages import read_saved_page
    from cuttings.core.urls import parse_user_url

    if len(args.urls) != 1:
        print("cuttings: add --html FILE takes exactly one URL: the page's", file=sys.stderr)
        return 2
    try:
        url = parse_user_url(args.urls[0])
        page = read_saved_page(args.html)
        article = build_article(page.html, url, capture="file")
        outcome = keep_article(library, article, tags=args.tags)
        if outcome.status == "exists" and args.refresh:
            library.refresh(outcome.clip.id, article)
    except CuttingsError as exc:
        print(printable(f"cuttings: {args.html}: {exc}"), file=sys.stderr)
        return 1
    if outcome.status == "exists" and not args.refresh:
        print(f"cuttings: {url}: already in the library", file=sys.stderr)
    clip = library.get(outcome.clip.id, with_body=False)
    print(f"{clip.id}\t{printable(clip.title)}", flush=True)
    return 0
