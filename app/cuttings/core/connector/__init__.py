"""The browser connector: a local HTTP endpoint the Cuttings browser extension talks to.

The extension hands over the page as the browser rendered it (after scripts,
with the reader's cookies), so Cuttings can clip what its user sees rather
than what an anonymous fetch gets.  Any web page can send requests to
localhost, so the endpoint is built to be useless to them (see :mod:`.server`):
loopback only, a pairing token on every request, web origins refused, no CORS,
a body cap, strict request schemas and a rate limit.

* :mod:`.token` — the pairing token, in a file of the user's config folder.
* :mod:`.protocol` — the request schemas, checked strictly.
* :mod:`.capture` — a received page (or link) turned into an article and stored.
* :mod:`.service` — what the endpoint may do, headless (straight on the library).
* :mod:`.server` — the HTTP server and its checks.
"""
