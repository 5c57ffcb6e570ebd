"""Writing an edition out: ``pdf``, ``docx`` or ``html``, whole or not at all.

The file is written under a temporary name and renamed when complete (as
every export of :mod:`cuttings.core.exporters`): a failed or cancelled export
leaves nothing behind.  Nothing here touches the network.
"""

import threading
from pathlib import Path
from typing import Literal, get_args

from cuttings.core.errors import CuttingsError
from cuttings.core.exporters import _atomic_path
from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.core.review.document import ImageProvider, PageSize, ReviewProgress, gather

ReviewFormat = Literal["pdf", "docx", "html"]
REVIEW_FORMATS: tuple[str, ...] = get_args(ReviewFormat)
# What PDF, DOCX and HTML all show (python-docx reads no WebP).
_REVIEW_PICTURES = ("image/jpeg", "image/png", "image/gif")


def stored_pictures(library: Library) -> ImageProvider:
    """Each article's picture from the library: its lead image if kept, else its first."""

    def picture(clip: Clip) -> bytes | None:
        kept = [
            image
            for image in library.clip_images(clip.id)
            if image.sha256 and image.media_type in _REVIEW_PICTURES
        ]
        chosen = next((image for image in kept if image.lead), kept[0] if kept else None)
        if chosen is None or chosen.sha256 is None:
            return None
        data = library.image_data(chosen.sha256)
        return None if data is None else data.data

    return picture


def export_review(
    library: Library,
    edition_id: int,
    format: str,
    output: Path,
    *,
    page_size: PageSize = "A4",
    images: ImageProvider | None = None,
    on_progress: ReviewProgress | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Write edition ``edition_id`` to ``output``.

    Each article shows the picture ``images`` gives, by default the one stored
    with the clip (:func:`stored_pictures`).

    ``on_progress(done, total)`` is called in this thread, first while the
    clips are read, then (PDF) once per article and layout pass; ``cancel``
    stops it with :class:`~cuttings.core.review.document.ReviewCancelledError`.
    """
    if format not in REVIEW_FORMATS:
        raise CuttingsError(
            f"unknown review format {format!r}; choose one of: " + ", ".join(REVIEW_FORMATS)
        )
    provider = images if images is not None else stored_pictures(library)
    document = gather(library, edition_id, images=provider, on_progress=on_progress, cancel=cancel)
    with _atomic_path(output) as partial:
        if format == "pdf":
            from cuttings.core.review.pdf import write_pdf

            write_pdf(
                document, partial, page_size=page_size, on_progress=on_progress, cancel=cancel
            )
        elif format == "docx":
            from cuttings.core.review.docx import write_docx

            write_docx(document, partial)
        else:
            from cuttings.core.review.html import write_html

            with partial.open("w", encoding="utf-8") as out:
                write_html(document, out)
    return output
