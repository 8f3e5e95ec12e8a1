"""``tei site --serve``: the site over HTTP on 127.0.0.1, for a local look (search
needs HTTP). Only files under the site's folder are served; nothing listens beyond this
machine."""
from __future__ import annotations

import functools
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


def make_server(site: Path, port: int = 0) -> ThreadingHTTPServer:
    """A server of ``site`` on 127.0.0.1 (port 0: any free port); call serve_forever()."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = ThreadingHTTPServer((HOST, port), handler)
    server.daemon_threads = True
    return server
