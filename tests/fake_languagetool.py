"""A stand-in LanguageTool server on 127.0.0.1 speaking /v2/languages and /v2/check.

The request and response fields are LanguageTool's documented HTTP API (v2). It knows a
few misspellings, one grammar rule and one style rule, and can be told to be slow, to
fail with 500, or to answer with something that is not JSON.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

TYPOS = {"recieve": "receive", "teh": "the", "goverment": "government", "Pashinian": "Pashinyan", "TKTK": "TK"}


def _match(text, start, length, rule_id, issue, message, replacement, category="TYPOS"):
    return {
        "message": message,
        "shortMessage": "",
        "replacements": [{"value": replacement}],
        "offset": start,
        "length": length,
        "context": {"text": text[max(0, start - 20) : start + length + 20], "offset": min(start, 20), "length": length},
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


class FakeLanguageTool:
    def __init__(self):
        self.mode = "ok"  # ok | slow | error | malformed
        self.checks = 0
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

            def do_GET(self):
                if self.path.startswith("/v2/languages"):
                    self._send(200, json.dumps([{"name": "English (US)", "code": "en", "longCode": "en-US"}]))
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
                text = form.get("text", [""])[0]
                body = {"software": {"name": "LanguageTool", "version": "6.4"},
                        "language": {"name": "English (US)", "code": "en-US"},
                        "matches": matches_for(text)}
                self._send(200, json.dumps(body))

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
