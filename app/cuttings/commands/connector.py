"""``cuttings serve`` and ``cuttings connector token``: the browser connector from a terminal."""

import argparse
import sys
import threading
from typing import Any

from cuttings.core.cleaning import strip_control_chars as printable
from cuttings.terminal import ctrl_c_sets


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "serve",
        help="run the browser connector without the window (Ctrl-C stops it)",
        description="Listen for the Cuttings browser extension on 127.0.0.1 and clip what it "
        "sends into the library, as the open window does.",
    )
    p.add_argument(
        "--port",
        type=_port,
        metavar="N",
        help="listen on this port (0: any free one; default: 47823, else the next free "
        "of 47824 to 47827)",
    )
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("connector", help="the browser extension's pairing token")
    actions = p.add_subparsers(dest="connector_command", metavar="ACTION", required=True)
    token = actions.add_parser(
        "token",
        help="print the pairing token to paste in the extension's options",
        description="Print the pairing token the browser extension needs (made on first use).",
    )
    token.add_argument(
        "--reset",
        action="store_true",
        help="make a new token (extensions paired with the old one must be paired again)",
    )
    token.set_defaults(func=cmd_token)


def _port(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("must be a port number, 0 to 65535")
    return value


def cmd_token(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.connector.token import load_token, reset_token, token_path

    print(reset_token() if args.reset else load_token())
    if args.reset:
        print(f"cuttings: new token saved in {token_path()}", file=sys.stderr)
    return 0


def cmd_serve(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.connector.server import DEFAULT_PORTS, Endpoint
    from cuttings.core.connector.service import ClipResult, LibraryService
    from cuttings.core.connector.token import TokenKeeper

    def on_clip(result: ClipResult) -> None:
        print(printable(f"{result.clip_id}\t{result.status}\t{result.title}"), flush=True)

    keeper = TokenKeeper()
    service = LibraryService(library, on_clip=on_clip)
    ports = DEFAULT_PORTS if args.port is None else (args.port,)
    endpoint = Endpoint(service, keeper.current, ports=ports)
    endpoint.start()
    stop = threading.Event()
    try:
        with ctrl_c_sets(stop, args.process_ends_after):
            print(f"listening on {endpoint.url} for {library.path}", flush=True)
            print(
                f"cuttings: the pairing token is in {keeper.path} "
                "(cuttings connector token); Ctrl-C stops",
                file=sys.stderr,
            )
            # Polled: the Ctrl-C handler runs between the waits.
            while not stop.wait(0.5):
                pass
    finally:
        endpoint.stop()  # lets a clip in progress finish its write
    print("cuttings: stopped", file=sys.stderr)
    return 0
