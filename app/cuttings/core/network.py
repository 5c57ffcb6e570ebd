"""Where a fetch may go: resolving host names and the private-network rule.

A public web page must not be able to steer Cuttings into the person's own
network (a router's admin page, a cloud machine's metadata service at
169.254.169.254) by redirecting to it: browsers refuse the same thing
("private network access").  So every hop of a redirect chain is resolved
by the fetcher itself, and once a hop has been public, a hop whose host
resolves to a loopback, private, link-local, unique-local or otherwise
non-public address is refused.  The connection is then made to the
addresses that were checked, not to a second DNS answer (no rebinding
between the check and the connection).  A URL the person gives that names
such a host directly is theirs to fetch.

:class:`Network` is the only part that touches DNS and sockets; tests hand
the fetcher one with a routing table of their own.
"""

import ipaddress
import socket
from collections.abc import Sequence

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Network:
    """DNS and TCP as the operating system provides them."""

    def resolve(self, host: str, port: int) -> list[str]:
        """The IP addresses of ``host``; raises :class:`socket.gaierror`."""
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return list(dict.fromkeys(str(info[4][0]) for info in infos))

    def connect(
        self,
        address: str,
        port: int,
        timeout: float | None,
        source_address: tuple[str, int] | None = None,
    ) -> socket.socket:
        """A TCP connection to ``address`` (an IP address), or :class:`OSError`."""
        return socket.create_connection((address, port), timeout, source_address=source_address)


def embedded_ipv4(address: IPAddress) -> IPAddress:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, Teredo, NAT64), else itself."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address.sixtofour is not None:
            return address.sixtofour
        if address.teredo is not None:
            return address.teredo[1]
        if address in _NAT64:
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address


def is_public_address(text: str) -> bool:
    """Whether ``text`` is an IP address on the public internet."""
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return False
    # An IPv6 address that carries an IPv4 one reaches that one: judge it.
    inner = embedded_ipv4(address)
    return inner.is_global and not inner.is_multicast


def all_public(addresses: Sequence[str]) -> bool:
    return bool(addresses) and all(is_public_address(a) for a in addresses)


def first_private(addresses: Sequence[str]) -> str | None:
    """The first non-public address among ``addresses``, if any."""
    return next((a for a in addresses if not is_public_address(a)), None)


def connect_any(
    network: Network,
    addresses: Sequence[str],
    port: int,
    timeout: float | None,
    source_address: tuple[str, int] | None = None,
) -> socket.socket:
    """A connection to the first of ``addresses`` that answers (as the OS's own
    ``create_connection`` tries each address of a name)."""
    error: OSError | None = None
    for address in addresses:
        try:
            return network.connect(address, port, timeout, source_address)
        except OSError as exc:
            error = exc
    raise error or OSError(f"no address to connect to on port {port}")
