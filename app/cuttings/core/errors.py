"""The errors a user can meet, as opposed to bugs.

Every exception derived from :class:`CuttingsError` is *expected*: its message
is written for the person using the app and is shown as is (one line in the
CLI, a dialog or a status row in the GUI).  Anything else escaping the core is
a bug and is reported with its traceback.
"""


class CuttingsError(Exception):
    """An expected failure with a message meant for the user."""


class InvalidUrlError(CuttingsError):
    """The text given is not an http(s) URL we can fetch."""


class FetchError(CuttingsError):
    """The page could not be downloaded (network, HTTP status, limits)."""


class HTTPStatusError(FetchError):
    """The server answered with an error status (``status``); ``retry_after`` in seconds
    when it asked to be left alone for a while (429 or 503 with Retry-After)."""

    def __init__(self, message: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class NotArticleError(FetchError):
    """The server answered with something that is not an HTML page."""


class ExtractError(CuttingsError):
    """The page was fetched but holds no article we can clip."""


class LibraryError(CuttingsError):
    """The library file cannot be opened or written."""


class LibraryDamagedError(LibraryError):
    """The library file is damaged: SQLite found it malformed, or a check found problems."""


class LibraryTooNewError(LibraryError):
    """The library was written by a newer version of Cuttings."""


class LibraryBusyError(LibraryError):
    """Another program kept the library locked for longer than Cuttings waits."""


class LibraryFullError(LibraryError):
    """No room to write: the disk is full (or the file reached its size limit)."""


class LibraryReadOnlyError(LibraryError):
    """The library, its folder or its disk may be read but not written."""


class LibraryIOError(LibraryError):
    """The operating system failed to read or write the library (a failing or vanished disk)."""


class LibraryAccessError(LibraryError):
    """The library file cannot be opened at all (missing, not a file, no permission)."""


class NotFoundError(CuttingsError):
    """No clip or tag with that id or name."""


class QuerySyntaxError(CuttingsError):
    """A search query the parser cannot make sense of."""
