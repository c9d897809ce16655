"""HTTP to a LanguageTool server under one wall-clock deadline for the whole exchange.

language-tool-python's requests apply the timeout to each socket read, so a server that
sends a byte a second holds a run for ever. Here connecting, sending, the status line, the
headers and the body all wait only for what is left of one deadline, and an answer over
the size limit is refused without being read. Imported only when a server is really used:
http.client, ssl and urllib cost start-up time a pre-commit run without LanguageTool
should not pay.
"""

from __future__ import annotations

import http.client
import io
import json
import time
import urllib.parse
import urllib.request

from newslint.errors import BrokenAnswer, Deadline


def fetch_json(url: str, params: dict | None, method: str, timeout: float, limit: int):
    """The JSON a LanguageTool server answers, within timeout seconds of wall-clock time.

    language-tool-python's requests apply the timeout to each socket read, so a server
    sending a byte a second holds a run forever; here every read waits only for what is
    left of one deadline, and a body over limit bytes is refused without being read.
    Follows no redirects; honours HTTP(S)_PROXY and NO_PROXY as requests does.
    """
    deadline = time.monotonic() + timeout
    body = urllib.parse.urlencode(params or {})
    if method == "get" and body:
        url, body = f"{url}{'&' if '?' in url else '?'}{body}", ""
    connection, target = _connection(url)
    connection.deadline = deadline
    response = None
    try:
        headers = {"Accept": "application/json"}
        if method == "post":
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method.upper(), target, body=body.encode() if method == "post" else None, headers=headers)
        response = connection.getresponse()
        if response.status != 200:
            moved = f" to {response.getheader('Location')}" if 300 <= response.status < 400 else ""
            raise BrokenAnswer(f"it answered HTTP {response.status} {response.reason}{moved}"[:160])
        too_big = BrokenAnswer(f"its answer was over {limit / 1024 / 1024:g} MB")
        if response.length is not None and response.length > limit:
            raise too_big  # said so in its headers: not a byte of it is read
        data = bytearray()
        while chunk := response.read(min(64 * 1024, limit + 1 - len(data))):
            data += chunk
            if len(data) > limit:
                raise too_big
    except TimeoutError as exc:  # socket.timeout too: the deadline, or a read that hit it
        raise Deadline() from exc
    finally:
        if response is not None:
            response.close()
        connection.close()
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise BrokenAnswer("the answer was not LanguageTool's JSON") from exc


def _connection(url: str):
    """(connection, request target) for url: straight to the server, or through the
    HTTP(S)_PROXY that requests would have used (NO_PROXY honoured)."""
    parts = urllib.parse.urlsplit(url)
    secure = parts.scheme == "https"
    kind = _SecureConnection if secure else _Connection
    host, port = parts.hostname or "", parts.port or (443 if secure else 80)
    target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    proxy = urllib.request.getproxies().get(parts.scheme)
    if not proxy or urllib.request.proxy_bypass(host):
        return kind(host, port), target
    proxied = urllib.parse.urlsplit(proxy if "//" in proxy else f"http://{proxy}")
    if secure:
        connection = kind(proxied.hostname, proxied.port or 80)
        connection.set_tunnel(host, port)  # CONNECT through the proxy, TLS to the server
        return connection, target
    return _Connection(proxied.hostname, proxied.port or 80), url  # the proxy wants the whole URL


class _DeadlineReader(io.RawIOBase):
    """Reads from a socket, each read waiting only for what is left of the deadline."""

    def __init__(self, sock, deadline: float):
        # The socket's own raw file: while it is open, closing the socket keeps the
        # descriptor (http.client closes the connection before the body is read).
        self.sock, self.raw, self.deadline = sock, sock.makefile("rb", buffering=0), deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        self.sock.settimeout(left)
        return self.raw.readinto(buffer)

    def close(self) -> None:
        self.raw.close()
        super().close()


class _DeadlineSocket:
    """A socket whose makefile() (what http.client reads the status, headers and body
    through) keeps to the deadline; everything else is the socket's own."""

    def __init__(self, sock, deadline: float):
        self._sock, self._deadline = sock, deadline

    def makefile(self, mode="rb", *args, **kwargs):
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline))

    def sendall(self, data) -> None:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        self._sock.settimeout(left)  # sendall's timeout bounds the whole send
        self._sock.sendall(data)

    def __getattr__(self, name):
        return getattr(self._sock, name)


class _DeadlineMixin:
    deadline = 0.0

    def connect(self):
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        self.timeout = left  # connecting (and a TLS handshake) waits no longer than this
        super().connect()
        self.sock = _DeadlineSocket(self.sock, self.deadline)


class _Connection(_DeadlineMixin, http.client.HTTPConnection):
    pass


class _SecureConnection(_DeadlineMixin, http.client.HTTPSConnection):
    pass
