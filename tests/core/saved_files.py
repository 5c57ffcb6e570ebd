"""Saved pages as browsers write them: Chromium's MHTML archives and "Save Page As" HTML."""

import base64
import quopri

from tests.core.wall_pages import page, words

ARTICLE_URL = "https://news.example.org/2025/02/budget"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def article_html(*, canonical: bool = True) -> str:
    link = f'<link rel="canonical" href="{ARTICLE_URL}">' if canonical else ""
    return page(
        "Council approves budget after six-hour debate",
        words("en", 400),
        head=link,
        before='<img src="https://img.example.org/hall.png" alt="The hall">'
        '<img src="cid:frame-1@mhtml.blink" alt="Inline">',
    )


def mhtml(
    html: str, *, location: str = ARTICLE_URL, boundary: str = "----MultipartBoundary--x"
) -> bytes:
    """An archive as Chromium's "Save as MHTML" writes it."""
    encoded = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    image = base64.encodebytes(PNG).decode("ascii")
    return (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {location}\r\n"
        "Subject: Council approves budget\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n'
        "\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-0@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {location}\r\n"
        "\r\n"
        f"{encoded}\r\n"
        f"--{boundary}\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: https://img.example.org/hall.png\r\n"
        "\r\n"
        f"{image}\r\n"
        f"--{boundary}\r\n"
        "Content-Type: image/png\r\n"
        "Content-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        f"{image}\r\n"
        f"--{boundary}--\r\n"
    ).encode("ascii")


def nested_mhtml(depth: int) -> bytes:
    """Multiparts inside multiparts, ``depth`` deep, with no page at the bottom."""
    head = b"MIME-Version: 1.0\r\n"
    body = b"Content-Type: text/plain\r\n\r\nnothing\r\n"
    for level in range(depth):
        boundary = f"b{level}".encode()
        body = (
            b'Content-Type: multipart/related; boundary="'
            + boundary
            + b'"\r\n\r\n--'
            + boundary
            + b"\r\n"
            + body
            + b"\r\n--"
            + boundary
            + b"--\r\n"
        )
    return head + body


def many_parts_mhtml(parts: int) -> bytes:
    boundary = "many"
    chunks = [
        f'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="{boundary}"\r\n\r\n'
    ]
    for n in range(parts):
        chunks.append(
            f"--{boundary}\r\nContent-Type: image/png\r\nContent-Location: https://e.example/{n}.png"
            "\r\n\r\nx\r\n"
        )
    chunks.append(f"--{boundary}--\r\n")
    return "".join(chunks).encode()
