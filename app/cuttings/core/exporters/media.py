"""What exports carry besides the text: pictures (embedded) and original pages (JSON).

Read from the library one clip at a time, so memory holds one clip's pictures.
The JSON shape, read back by :mod:`cuttings.core.importers.media`::

    "images": [{"url", "source_url", "lead", "failure", "media_type", "width", "height",
                "sha256", "data": base64}, …]        (document order; no data for a failure)
    "originals": [{"fetched_at", "version", "final_url", "status", "headers": [[name, value], …],
                   "sha256", "data": base64}, …]     (oldest first)
    "version_images": [{"number", "images": [as "images"]}, …]
                                                      (versions but the newest; when any)
"""

import base64
from typing import Any

from cuttings.core.images.media import ImageData
from cuttings.core.library import Library
from cuttings.core.library.media import StoredImage
from cuttings.core.timestamps import format_utc


class ExportMedia:
    """A library's pictures and originals, as the exporters ask for them."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def pictures(self, clip_id: int) -> dict[str, ImageData]:
        """The kept pictures of a clip by the URL its HTML names."""
        found: dict[str, ImageData] = {}
        for link in self.library.clip_images(clip_id):
            if link.sha256 and link.url not in found:
                data = self.library.image_data(link.sha256)
                if data is not None:
                    found[link.url] = data
        return found

    def record(self, clip_id: int) -> dict[str, Any]:
        """The ``images``, ``originals`` and ``version_images`` of a clip's JSON record."""
        images = self._links(self.library.clip_images(clip_id))
        originals = [
            {
                "fetched_at": format_utc(page.fetched_at),
                "version": page.version,
                "final_url": page.final_url,
                "status": page.status,
                "headers": [list(pair) for pair in page.headers],
                "sha256": page.sha256,
                "data": base64.b64encode(page.body).decode("ascii"),
            }
            for page in self.library.originals(clip_id)
        ]
        record: dict[str, Any] = {"images": images, "originals": originals}
        older = self.library.older_version_images(clip_id)
        if older:
            record["version_images"] = [
                {"number": number, "images": self._links(links)}
                for number, links in sorted(older.items())
            ]
        return record

    def _links(self, links: list[StoredImage]) -> list[dict[str, Any]]:
        images = []
        for link in links:
            entry: dict[str, Any] = {
                "url": link.url,
                "source_url": link.source_url,
                "lead": link.lead,
                "failure": link.failure,
            }
            data = self.library.image_data(link.sha256) if link.sha256 else None
            if data is not None:
                entry.update(
                    media_type=data.media_type,
                    width=data.width,
                    height=data.height,
                    sha256=link.sha256,
                    data=base64.b64encode(data.data).decode("ascii"),
                )
            images.append(entry)
        return images


def data_uri(image: ImageData) -> str:
    return f"data:{image.media_type};base64,{base64.b64encode(image.data).decode('ascii')}"
