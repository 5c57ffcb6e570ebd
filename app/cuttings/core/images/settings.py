"""Which pictures a clip keeps, and the limits (no heavy imports: the window reads it at start)."""

from dataclasses import dataclass
from typing import Literal

ImagePolicy = Literal["all", "lead", "none"]
IMAGE_POLICIES: tuple[ImagePolicy, ...] = ("all", "lead", "none")
_MB = 1024 * 1024
# 50 megapixels: an 8,000 x 6,250 photo; the reader shows 1,600 px wide at most.
MAX_PIXELS = 50_000_000


@dataclass(frozen=True, slots=True)
class ImageSettings:
    """Which pictures to keep and the limits (per picture and per clip)."""

    policy: ImagePolicy = "all"
    max_image_bytes: int = 10 * _MB
    max_images: int = 60
    max_clip_bytes: int = 40 * _MB
    max_pixels: int = MAX_PIXELS
    workers: int = 4  # at once for one clip
    per_host: int = 2  # at once from one host
