"""Work over stored clips: save or clean them again from their originals, fetch missing pictures.

Both walk a list of clips one at a time, each clip its own write, so they can
be stopped (``cancel``) and run again to resume; ``on_progress(done, total)``
is called after each clip.  A clip that fails is reported and the walk goes on.
"""

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cuttings.core.article import Article
from cuttings.core.changes import LibraryChange
from cuttings.core.charsets import decode_html
from cuttings.core.clipping import build_article
from cuttings.core.errors import CuttingsError
from cuttings.core.fetch import Fetcher
from cuttings.core.images.download import fetch_images
from cuttings.core.images.media import ImageLink
from cuttings.core.images.settings import ImageSettings
from cuttings.core.library import Library
from cuttings.core.library.media import StoredOriginal
from cuttings.core.models import Clip
from cuttings.core.partials import check_target, commit, partial_file

ProgressCallback = Callable[[int, int], None]
StoreImages = Callable[[int, Sequence[ImageLink]], LibraryChange]


@dataclass(slots=True)
class WalkReport:
    """What a walk over clips did: the ids done, and a reason for each that failed."""

    done: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)
    cancelled: bool = False


def save_original(library: Library, clip_id: int, target: Path) -> StoredOriginal:
    """Write a clip's latest original page to ``target`` (whole or not at all)."""
    original = library.original(clip_id)
    if original is None:
        raise CuttingsError(f"clip {clip_id} has no original page (clipped before they were kept)")
    check_target(target, "an original page")
    with partial_file(target) as partial:
        partial.write_bytes(original.body)
        commit(partial, target)
    return original


def article_from_original(original: StoredOriginal, clip: Clip) -> Article:
    """The article the extractor finds today in a clip's stored page (no network)."""
    header = next((v for k, v in original.headers if k.lower() == "content-type"), "")
    language = next((v for k, v in original.headers if k.lower() == "content-language"), "")
    html, _codec = decode_html(
        original.body, header, url=original.final_url, content_language=language
    )
    return build_article(html, original.final_url, requested_url=clip.url)


def reclean(
    library: Library,
    clip_ids: Sequence[int],
    *,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> WalkReport:
    """Run extraction and metadata again on the stored originals of ``clip_ids``.

    As a refresh without the network, but not a new version (the article did
    not change, its cleaning did): tags, note and the details a person edited
    stay; the pictures stored stay linked.  A clip without an original
    fails with that reason.
    """
    report = WalkReport()
    for index, clip_id in enumerate(clip_ids):
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            break
        try:
            original = library.original(clip_id)
            if original is None:
                raise CuttingsError("no original page stored (clipped before Cuttings kept them)")
            clip = library.get(clip_id, with_body=False)
            library.replace_extraction(clip_id, article_from_original(original, clip))
        except CuttingsError as exc:
            report.failed[clip_id] = str(exc)
        else:
            report.done.append(clip_id)
        if on_progress is not None:
            on_progress(index + 1, len(clip_ids))
    return report


def download_missing_images(
    library: Library,
    clip_ids: Sequence[int],
    *,
    fetcher: Fetcher,
    settings: ImageSettings,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    store: StoreImages | None = None,
) -> WalkReport:
    """Fetch the pictures of clips stored without them (``library.clips_missing_images()``).

    ``store`` writes a clip's links (``library.set_images`` by default; the
    window passes one that runs it on its writer thread).
    """
    store = store or library.set_images
    report = WalkReport()
    for index, clip_id in enumerate(clip_ids):
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            break
        try:
            clip = library.get(clip_id)
            links = fetch_images(
                clip.html or "",
                clip.url,
                fetcher,
                settings,
                lead_image=clip.lead_image,
                cancel=cancel,
            )
            if cancel is not None and cancel.is_set():
                report.cancelled = True  # an interrupted clip is done again next time
                break
            store(clip_id, links)
        except CuttingsError as exc:
            report.failed[clip_id] = str(exc)
        else:
            report.done.append(clip_id)
        if on_progress is not None:
            on_progress(index + 1, len(clip_ids))
    return report
