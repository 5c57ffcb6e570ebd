"""The pairing token shared by the endpoint and the browser extension.

One token per user, not per library: the extension is paired with the
person's Cuttings, and switching libraries in the window (or running
``cuttings serve`` on another one) keeps it working.  It lives in a small
file, ``connector-token`` in the user's config folder (``$CUTTINGS_CONFIG_DIR``
overrides the folder; tests use it), readable by its owner only.
"""

import os
import secrets
from pathlib import Path

from cuttings.core.errors import CuttingsError

TOKEN_FILE = "connector-token"
# 32 URL-safe characters: 192 bits, and easy to copy into the extension's options.
TOKEN_BYTES = 24


def config_dir() -> Path:
    """``$CUTTINGS_CONFIG_DIR``, else Cuttings' folder in the user's config folder."""
    from_env = os.environ.get("CUTTINGS_CONFIG_DIR")
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("Cuttings", appauthor=False))


def token_path() -> Path:
    return config_dir() / TOKEN_FILE


def load_token(path: Path | None = None) -> str:
    """The pairing token, made (and saved) on first use."""
    path = path or token_path()
    try:
        token = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return reset_token(path)
    except (OSError, UnicodeError) as exc:
        raise CuttingsError(f"cannot read the connector token {path}: {_reason(exc)}") from exc
    if len(token) < 20 or not token.replace("-", "").replace("_", "").isalnum():
        return reset_token(path)  # damaged or hand-edited into something weak
    return token


def reset_token(path: Path | None = None) -> str:
    """A new token, replacing the old one (extensions paired with it must be paired again)."""
    path = path or token_path()
    token = secrets.token_urlsafe(TOKEN_BYTES)
    temporary = path.with_name(path.name + ".new")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Created owner-only from the start: never a moment where others can read it.
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as file:
            file.write(token + "\n")
        os.replace(temporary, path)
    except OSError as exc:
        raise CuttingsError(f"cannot write the connector token {path}: {_reason(exc)}") from exc
    return token


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)


class TokenKeeper:
    """The token as the endpoint checks it: read again when the file changes.

    ``cuttings connector token --reset`` from a terminal takes effect in a
    running window or ``cuttings serve`` at their next request.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or token_path()
        self._token = load_token(self.path)
        self._stamp = self._file_stamp()

    def current(self) -> str:
        stamp = self._file_stamp()
        if stamp != self._stamp:
            self._token, self._stamp = load_token(self.path), self._file_stamp()
        return self._token

    def reset(self) -> str:
        self._token = reset_token(self.path)
        self._stamp = self._file_stamp()
        return self._token

    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            info = self.path.stat()
        except OSError:
            return None
        return (info.st_mtime_ns, info.st_ino)
