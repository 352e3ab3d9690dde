"""A stand-in for a video platform's oEmbed endpoint (YouTube, Vimeo cannot be reached here).

Wagtail's embed block asks the provider of a URL for its embed code before a page can be
saved; the demo server is told about this provider through OEMBED_EXTRA_PROVIDERS.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class OEmbedHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        video_url = parse_qs(urlsplit(self.path).query).get("url", [""])[0]
        body = json.dumps(
            {
                "version": "1.0",
                "type": "video",
                "title": f"Video at {video_url}",
                "provider_name": "Alliance video library",
                "width": 640,
                "height": 360,
                "html": f'<iframe src="{video_url}" width="640" height="360"></iframe>',
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class VideoProvider:
    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), OEmbedHandler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def video_url(self, name: str) -> str:
        return f"{self.base}/videos/{name}"

    def setting(self) -> str:
        """OEMBED_EXTRA_PROVIDERS for the demo server."""
        pattern = "^" + self.base.replace(".", r"\.") + "/videos/.+$"
        return json.dumps([{"endpoint": f"{self.base}/oembed", "urls": [pattern]}])

    def close(self) -> None:
        self.server.shutdown()
