"""One window per library: a second launch hands its URLs to the first.

The socket name is derived from a hash of the library path, so two different
libraries can be open at once while one library never is twice.
"""

import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from cuttings.ui.settings import library_key

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
MAX_MESSAGE = 1 << 20


def server_name(library_path: Path) -> str:
    return f"cuttings-{library_key(library_path)}"


def hand_off(library_path: Path, urls: list[str], timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Send ``urls`` to the window already open on this library; False if there is none."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(library_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    payload = json.dumps({"urls": urls}).encode() + b"\n"
    socket.write(payload)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return ok


class InstanceServer(QObject):
    """Listens for later launches on the same library.

    Signals:
        urls_received(list): URLs handed over by another launch (possibly empty:
            then it only asks the window to come to the front).
    """

    urls_received = Signal(list)

    def __init__(self, library_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._name = server_name(library_path)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        if self._server.listen(self._name):
            return True
        # A stale socket file from a crashed session: nobody answered hand_off, so remove it.
        QLocalServer.removeServer(self._name)
        if self._server.listen(self._name):
            return True
        log.warning("single-instance server unavailable: %s", self._server.errorString())
        return False

    def close(self) -> None:
        for socket in list(self._buffers):
            self._drop(socket)
        self._server.close()

    def _drop(self, socket: QLocalSocket) -> None:
        # Disconnect first: a socket deleted with its server emits ``disconnected``
        # from its destructor, into a half-destroyed Python object.
        self._buffers.pop(socket, None)
        socket.readyRead.disconnect()
        socket.disconnected.disconnect()
        socket.deleteLater()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._finish(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            socket.abort()
            return
        self._buffers[socket] = data
        if data.endswith(b"\n"):
            self._finish(socket)

    def _finish(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket)
        if data is None:
            return
        if socket.bytesAvailable():
            data += bytes(socket.readAll().data())
        self._drop(socket)
        try:
            message = json.loads(data.decode() or "{}")
            urls = [str(u) for u in message.get("urls", [])]
        except (ValueError, AttributeError):
            log.warning("ignored a malformed hand-off message")
            return
        self.urls_received.emit(urls)
