"""A stand-in LanguageTool server on 127.0.0.1 speaking /v2/languages and /v2/check.

The request and response fields are LanguageTool's documented HTTP API (v2). It knows a
few misspellings, one grammar rule and one style rule, and can be told to misbehave the
ways a broken or hostile server does (see FakeLanguageTool.mode).
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

TYPOS = {"recieve": "receive", "teh": "the", "goverment": "government", "Pashinian": "Pashinyan", "TKTK": "TK"}


def _utf16(text: str, index: int) -> int:
    """LanguageTool is Java: its offsets count UTF-16 code units, not code points."""
    return len(text[:index].encode("utf-16-le")) // 2


def _match(text, start, length, rule_id, issue, message, replacement, category="TYPOS"):
    offset, units = _utf16(text, start), _utf16(text, start + length) - _utf16(text, start)
    return {
        "message": message,
        "shortMessage": "",
        "replacements": [{"value": replacement}],
        "offset": offset,
        "length": units,
        "context": {"text": text[max(0, start - 20) : start + length + 20], "offset": min(start, 20), "length": units},
        "sentence": text,
        "type": {"typeName": "Other"},
        "rule": {"id": rule_id, "description": message, "issueType": issue,
                 "category": {"id": category, "name": category.title()}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def matches_for(text: str) -> list[dict]:
    found = []
    for word, fix in TYPOS.items():
        for m in re.finditer(rf"\b{word}\b", text):
            found.append(_match(text, m.start(), len(word), "MORFOLOGIK_RULE_EN_US", "misspelling",
                                "Possible spelling mistake found.", fix))
    for m in re.finditer(r"\ba (?=[aeiou])", text):
        found.append(_match(text, m.start(), 1, "EN_A_VS_AN", "grammar",
                            "Use \u201can\u201d instead of \u201ca\u201d if the following word starts with a vowel sound.", "an", "MISC"))
    for m in re.finditer(r"\bvery unique\b", text):
        found.append(_match(text, m.start(), len(m.group()), "VERY_UNIQUE", "style",
                            "'Unique' needs no intensifier.", "unique", "STYLE"))
    return sorted(found, key=lambda f: f["offset"])


def bad_offset_matches(text: str) -> list[dict]:
    """The real matches, plus one of each kind of offset or length a broken server sends."""
    good = matches_for(text)
    bad = []
    for offset, length in [(-1_000_000, 3), (-1, 2), (len(text), 1), (len(text) - 1, 5), (0, -4),
                           (10**12, 1), ("4", 2), (4.0, 2), (True, 1), (None, 1), (2, None)]:
        bad.append({**_match(text, 0, 1, "BROKEN_OFFSET", "grammar", "Broken.", "x"),
                    "offset": offset, "length": length})
    bad.append({"offset": 0})  # not even a match
    bad.append("a string where a match should be")
    return bad[:6] + good + bad[6:]


def many_matches(text: str, count: int) -> list[dict]:
    """count matches: every tenth a repeat of the real ones, the rest each its own rule."""
    real = matches_for(text) or [_match(text, 0, 1, "NOISE", "style", "Noise.", "x")]
    return [real[k // 10 % len(real)] if k % 10 == 0 else
            _match(text, k % len(text), 1, f"NOISE_{k}", "style", "Noise.", "x") for k in range(count)]


class FakeLanguageTool:
    """Modes:

    ok, slow (3 s late), error (500), malformed (HTML);
    trickle: the answer's body one byte every TRICKLE s (a minute's worth of bytes);
    trickle-headers: the status line and headers one byte every TRICKLE s, for every request
      (so also the languages request a client makes when it connects);
    bad-offsets: the real matches among matches with impossible offsets and lengths;
    repeat: each real match three times;
    many: `many` matches per answer, duplicates of the real ones among them;
    huge: a Content-Length of 500 MB, then bytes until the client hangs up;
    huge-chunked: chunked bytes with no length, until the client hangs up.
    """

    TRICKLE = 0.2  # far inside any timeout, so only a wall-clock deadline stops it
    HUGE = 500 * 1024 * 1024  # what the huge mode claims to send

    def __init__(self):
        self.mode = "ok"
        self.many = 5000
        self.checks = 0
        self.closing = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, status, body, content_type="application/json"):
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _trickle(self, data: bytes):
                for i in range(len(data)):
                    if server.closing.wait(server.TRICKLE):
                        return
                    try:
                        self.wfile.write(data[i : i + 1])
                        self.wfile.flush()
                    except OSError:  # the client gave up: what it should do
                        return

            def _endless(self, chunked: bool):
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                if chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                else:
                    self.send_header("Content-Length", str(server.HUGE))
                self.end_headers()
                piece = b'{"matches": [' + b"[" * (64 * 1024)
                while not server.closing.is_set():
                    try:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
                    except OSError:  # the client hung up: what it should do
                        return

            def do_GET(self):
                if self.path.startswith("/v2/languages"):
                    body = json.dumps([{"name": "English (US)", "code": "en", "longCode": "en-US"}])
                    if server.mode == "trickle-headers":
                        self.close_connection = True
                        return self._trickle(f"HTTP/1.0 200 OK\r\nContent-Length: {len(body)}\r\n\r\n{body}".encode())
                    self._send(200, body)
                else:
                    self._send(404, "{}")

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = parse_qs(self.rfile.read(length).decode())
                if not self.path.startswith("/v2/check"):
                    return self._send(404, "{}")
                server.checks += 1
                if server.mode == "slow":
                    time.sleep(3)
                if server.mode == "error":
                    return self._send(500, "Internal Server Error", "text/plain")
                if server.mode == "malformed":
                    return self._send(200, "<html>not json</html>", "text/html")
                if server.mode in ("huge", "huge-chunked"):
                    return self._endless(server.mode == "huge-chunked")
                text = form.get("text", [""])[0]
                matches = {"bad-offsets": bad_offset_matches,
                           "repeat": lambda t: [m for m in matches_for(t) for _ in range(3)],
                           "many": lambda t: many_matches(t, server.many)}.get(server.mode, matches_for)(text)
                body = json.dumps({"software": {"name": "LanguageTool", "version": "6.4"},
                                   "language": {"name": "English (US)", "code": "en-US"},
                                   "matches": matches})
                if server.mode == "trickle-headers":
                    head = (f"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"
                            f"Content-Length: {len(body.encode())}\r\n\r\n")
                    self.close_connection = True
                    return self._trickle(head.encode() + body.encode())
                if server.mode == "trickle":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body.encode())))
                    self.end_headers()
                    return self._trickle(body.encode())
                self._send(200, body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.closing.set()  # ends trickles and endless bodies still being sent
        self.httpd.shutdown()
        self.httpd.server_close()
