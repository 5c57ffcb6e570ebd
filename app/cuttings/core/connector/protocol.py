"""The endpoint's requests and their schemas, checked strictly.

Every request body is one JSON object whose fields are all known, of the
right type and size: anything else is refused with a message that names the
field, so a broken extension is easy to debug and nothing unexpected reaches
the pipeline.
"""

import json
from dataclasses import dataclass
from typing import Any

from cuttings.core.errors import CuttingsError

MAX_BODY = 30 * 1024 * 1024  # a heavy news page's DOM is a few MB; its images come later
MAX_URL = 8 * 1024
MAX_TAGS = 50
MAX_TAG = 200
MAX_TITLE = 2000


class RequestError(CuttingsError):
    """A request the endpoint refuses; ``status`` is the HTTP status it answers with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class PageRequest:
    """A page as the browser shows it: its DOM after scripts ran, and maybe a selection."""

    url: str
    html: str
    selection_html: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LinkRequest:
    """A link for the app to fetch itself (the extension's "Clip this link")."""

    url: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OpenRequest:
    """Show a clip this endpoint just made in the window."""

    clip_id: int


# field name: (type, required, maximum length or value)
_Schema = dict[str, tuple[type, bool, int]]
_PAGE: _Schema = {
    "url": (str, True, MAX_URL),
    "html": (str, True, MAX_BODY),
    "selection_html": (str, False, MAX_BODY),
    "tags": (list, False, MAX_TAGS),
}
_LINK: _Schema = {"url": (str, True, MAX_URL), "tags": (list, False, MAX_TAGS)}
_OPEN: _Schema = {"id": (int, True, 2**63 - 1)}


def parse_body(body: bytes) -> dict[str, Any]:
    """``body`` as a JSON object; duplicate keys, NaN and other oddities refused."""
    try:
        data = json.loads(
            body.decode("utf-8"),
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
        )
    except UnicodeDecodeError as exc:
        raise RequestError("the body is not UTF-8") from exc
    except RecursionError as exc:
        raise RequestError("malformed JSON: nested too deeply") from exc
    except ValueError as exc:
        raise RequestError(f"malformed JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise RequestError("the body must be a JSON object")
    return data


def page_request(data: dict[str, Any]) -> PageRequest:
    _check(data, _PAGE)
    if not data["html"].strip():
        raise RequestError("html: the page is empty")
    return PageRequest(
        url=_http_url(data["url"]),
        html=data["html"],
        selection_html=data.get("selection_html", ""),
        tags=_tags(data.get("tags", [])),
    )


def link_request(data: dict[str, Any]) -> LinkRequest:
    _check(data, _LINK)
    return LinkRequest(url=_http_url(data["url"]), tags=_tags(data.get("tags", [])))


def open_request(data: dict[str, Any]) -> OpenRequest:
    _check(data, _OPEN)
    if data["id"] <= 0:
        raise RequestError("id: must be a positive integer")
    return OpenRequest(data["id"])


def _check(data: dict[str, Any], schema: _Schema) -> None:
    unknown = sorted(set(data) - set(schema))
    if unknown:
        raise RequestError(f"unknown field: {unknown[0]}")
    for name, (kind, required, limit) in schema.items():
        if name not in data:
            if required:
                raise RequestError(f"{name}: missing")
            continue
        value = data[name]
        # bool is an int in Python, not in the schema.
        if not isinstance(value, kind) or isinstance(value, bool):
            raise RequestError(f"{name}: must be {_TYPE_NAMES[kind]}")
        if isinstance(value, int):
            if value > limit:
                raise RequestError(f"{name}: too large")
        elif isinstance(value, str | list) and len(value) > limit:
            unit = "items" if kind is list else "characters"
            raise RequestError(f"{name}: longer than {limit:,} {unit}")


_TYPE_NAMES = {str: "a string", list: "a list of strings", int: "an integer"}


def _http_url(value: str) -> str:
    # Only what a browser tab can show and the app can fetch: no file:, data:, javascript:.
    if not value.lower().startswith(("http://", "https://")) or any(ch.isspace() for ch in value):
        raise RequestError("url: must be an http or https address")
    return value


def _tags(values: list[Any]) -> tuple[str, ...]:
    tags: list[str] = []
    for value in values:
        if not isinstance(value, str):
            raise RequestError("tags: must be a list of strings")
        if len(value) > MAX_TAG:
            raise RequestError(f"tags: a tag is longer than {MAX_TAG} characters")
        if value.strip():
            tags.append(value.strip())
    return tuple(dict.fromkeys(tags))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            raise RequestError(f"malformed JSON: the field {key} appears twice")
        seen.add(key)
    return dict(pairs)


def _no_constant(name: str) -> None:
    raise RequestError(f"malformed JSON: {name} is not JSON")
