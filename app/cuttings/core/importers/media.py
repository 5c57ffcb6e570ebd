"""Pictures and original pages in our own JSON export, read back (see
:mod:`cuttings.core.exporters.media` for the shape).

An import file is untrusted like a web page: every picture is decoded again
(:func:`~cuttings.core.images.verify.verify_image`) and held to the same
limits as a download; what fails is kept as a link with its reason, and a
malformed original is dropped with a note for the report.
"""

import base64
import binascii
from typing import Any

from cuttings.core.errors import CuttingsError
from cuttings.core.images.media import ClipMedia, ImageLink, OriginalPage
from cuttings.core.images.settings import ImageSettings
from cuttings.core.images.verify import verify_image
from cuttings.core.timestamps import parse_utc

_LIMITS = ImageSettings()


def media_from_record(entry: dict[str, Any], notes: list[str]) -> ClipMedia | None:
    """The ``images`` and ``originals`` of an exported clip, or None if it has neither."""
    images, originals = entry.get("images"), entry.get("originals")
    if not isinstance(images, list) and not isinstance(originals, list):
        return None
    links = _links(images)
    pages = []
    for item in originals or []:
        page = _original(item) if isinstance(item, dict) else None
        if page is None:
            notes.append("an original page that could not be read was left out")
        else:
            pages.append(page)
    return ClipMedia(tuple(links), tuple(pages), _version_images(entry.get("version_images")))


def _links(images: object) -> tuple[ImageLink, ...]:
    if not isinstance(images, list):
        return ()
    return tuple(_link(item) for item in images[: _LIMITS.max_images] if isinstance(item, dict))


def _version_images(value: object) -> tuple[tuple[int, tuple[ImageLink, ...]], ...]:
    """The pictures of older versions, by number (malformed entries left out)."""
    if not isinstance(value, list):
        return ()
    found: dict[int, tuple[ImageLink, ...]] = {}
    for item in value:
        if isinstance(item, dict):
            number = item.get("number")
            if isinstance(number, int) and not isinstance(number, bool) and number >= 1:
                found[number] = _links(item.get("images"))
    return tuple(sorted(found.items()))


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    return value if isinstance(value, str) else ""


def _link(item: dict[str, Any]) -> ImageLink:
    url, source = _text(item, "url"), _text(item, "source_url")
    lead = item.get("lead") is True
    data = _bytes(item.get("data"))
    if data is None:
        return ImageLink(
            url, source, failure=_text(item, "failure") or "not in the export", lead=lead
        )
    if len(data) > _LIMITS.max_image_bytes:
        return ImageLink(url, source, failure="the picture is too large", lead=lead)
    try:
        image = verify_image(data)
    except CuttingsError as exc:
        return ImageLink(url, source, failure=str(exc), lead=lead)
    return ImageLink(url, source, image, lead=lead)


def _original(item: dict[str, Any]) -> OriginalPage | None:
    body = _bytes(item.get("data"))
    status = item.get("status")
    headers = item.get("headers")
    try:
        fetched_at = parse_utc(_text(item, "fetched_at"))
    except ValueError:
        return None
    if body is None or not isinstance(status, int) or not isinstance(headers, list):
        return None
    pairs = tuple(
        (pair[0], pair[1])
        for pair in headers
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
    )
    version = item.get("version")
    known = isinstance(version, int) and not isinstance(version, bool) and version >= 1
    return OriginalPage(
        fetched_at, _text(item, "final_url"), status, pairs, body, version if known else None
    )


def _bytes(value: object) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
