"""Reading a big JSON export one element at a time.

A 100,000-article export is gigabytes of JSON; ``json.load`` would hold all of
it, decoded, at once.  :class:`JsonStream` reads the file in chunks and hands
out the elements of its array (a top-level list, or one member of the
top-level object) one by one with the standard decoder's ``raw_decode``, so
that only one article is in memory at a time.
"""

import json
import re
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from cuttings.core.importers.items import ImportSourceError

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
CHUNK = 1 << 20
# "\ud800" alone decodes to a lone surrogate, which no file or database can
# store: such escapes are found in the raw text, and then replaced.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


class JsonStream:
    def __init__(self, stream: TextIO, chunk: int = CHUNK) -> None:
        self._stream = stream
        self._chunk = chunk
        self._buffer = ""
        self._pos = 0
        self._eof = False

    def _fill(self) -> bool:
        data = self._stream.read(self._chunk)
        if not data:
            self._eof = True
            return False
        self._buffer = self._buffer[self._pos :] + data
        self._pos = 0
        return True

    def _skip_space(self) -> None:
        while True:
            match = _SPACE.match(self._buffer, self._pos)
            self._pos = match.end() if match else self._pos
            if self._pos < len(self._buffer) or not self._fill():
                return

    def peek(self) -> str:
        self._skip_space()
        return self._buffer[self._pos] if self._pos < len(self._buffer) else ""

    def expect(self, char: str) -> None:
        found = self.peek()
        if found != char:
            raise ImportSourceError(
                f"the file is not valid JSON (expected {char!r}, found {found or 'the end'!r})"
            )
        self._pos += 1

    def value(self) -> Any:
        """The next complete JSON value."""
        self._skip_space()
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buffer, self._pos)
            except json.JSONDecodeError as exc:
                if self._eof or not self._fill():
                    raise ImportSourceError(f"the file is not valid JSON ({exc.msg})") from None
                continue
            except RecursionError:
                raise ImportSourceError("the file is not usable JSON (nested too deeply)") from None
            # A number or literal cut by the chunk boundary would decode short.
            if end == len(self._buffer) and not self._eof and self._fill():
                continue
            if _SURROGATE_ESCAPE.search(self._buffer, self._pos, end):
                value = without_surrogates(value)
            self._pos = end
            return value

    def array(self) -> Iterator[Any]:
        """The elements of the array that starts here."""
        self.expect("[")
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
            separator = self.peek()
            self._pos += 1
            if separator == "]":
                return
            if separator != ",":
                raise ImportSourceError("the file is not valid JSON (expected ',' or ']')")

    def object_members(
        self, on_scalar: Callable[[str, Any], None], array_key: str
    ) -> Iterator[Any]:
        """The elements of ``array_key``'s array in the object that starts here.

        Other members are decoded whole and passed to ``on_scalar`` as they
        come (our export writes its small header before its clips).
        """
        self.expect("{")
        if self.peek() == "}":
            return
        while True:
            key = self.value()
            self.expect(":")
            if key == array_key and self.peek() == "[":
                yield from self.array()
            else:
                on_scalar(str(key), self.value())
            separator = self.peek()
            self._pos += 1
            if separator == "}":
                return
            if separator != ",":
                raise ImportSourceError("the file is not valid JSON (expected ',' or '}')")


def without_surrogates(value: Any) -> Any:
    """``value`` (decoded JSON) with every lone surrogate replaced by U+FFFD.

    Iterative: the decoder accepts nesting deeper than Python's recursion.
    """
    root = [value]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        container, key = stack.pop()
        item = container[key]
        if isinstance(item, str):
            container[key] = _SURROGATE.sub("\ufffd", item)
        elif isinstance(item, list):
            stack.extend((item, index) for index in range(len(item)))
        elif isinstance(item, dict):
            cleaned = {_SURROGATE.sub("\ufffd", k): v for k, v in item.items()}
            item.clear()
            item.update(cleaned)
            stack.extend((item, k) for k in item)
    return root[0]
