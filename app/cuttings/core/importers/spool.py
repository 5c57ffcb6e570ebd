"""The outcomes of an import kept on disk, not in memory.

An import of a million links settles a million items; as objects they cost
more memory than the rest of the import together.  :class:`Spool` pickles
each value to an anonymous temporary file and keeps only its offset and its
place in the import file (for the report's order), 16 bytes per item.  It
reads like the list it replaces: ``len``, indexing, iteration.
"""

import pickle
import tempfile
import threading
from array import array
from collections.abc import Iterator, Sequence
from typing import IO, Any, TypeVar, overload

T = TypeVar("T")
_POSITIONS = 1 << 40


class Spool(Sequence[T]):
    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._offsets = array("Q")
        self._places = array("Q")
        self._sources: dict[str, int] = {}
        self._lock = threading.Lock()

    def append(self, value: T, source: str = "", position: int = 0) -> None:
        """Keep ``value``, read from ``source`` at ``position`` (for :meth:`in_file_order`)."""
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        source_id = self._sources.setdefault(source, len(self._sources))
        with self._lock:
            if self._file is None:
                # Lives as long as the report (the window keeps it to retry the
                # failures); the system deletes it when it is closed or collected.
                self._file = tempfile.TemporaryFile(prefix="cuttings-import-")  # noqa: SIM115
            self._file.seek(0, 2)
            self._offsets.append(self._file.tell())
            self._file.write(data)
        self._places.append(source_id * _POSITIONS + min(max(position, 0), _POSITIONS - 1))

    def __len__(self) -> int:
        return len(self._offsets)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._read(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("outcome index out of range")
        return self._read(index)

    def __iter__(self) -> Iterator[T]:
        for index in range(len(self)):
            yield self._read(index)

    def in_file_order(self) -> Iterator[T]:
        """The values by source name, then position in it (fetches finish in any order)."""
        rank = {source_id: r for r, (_name, source_id) in enumerate(sorted(self._sources.items()))}
        # One int per value, its place and its index together: sorting a million
        # costs one list of ints, not a list of indexes and another of keys.
        shift = max(len(self), 1).bit_length()
        order = []
        for index, place in enumerate(self._places):
            source_id, position = divmod(place, _POSITIONS)
            order.append(((rank[source_id] * _POSITIONS + position) << shift) | index)
        order.sort()
        mask = (1 << shift) - 1
        for packed in order:
            yield self._read(packed & mask)

    def _read(self, index: int) -> T:
        with self._lock:
            assert self._file is not None
            self._file.seek(self._offsets[index])
            value: Any = pickle.load(self._file)
        return value  # type: ignore[no-any-return]
