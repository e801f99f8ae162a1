"""Serve a built site the way a plain static host does, on 127.0.0.1.

The site lives under the path of `site_url` (as on GitHub Pages), so absolute
links the theme writes (the 404 page's) resolve; unknown paths get the site's
404.html with status 404; text is sent gzipped, as static hosts do. Used by
the browser tests and benchmarks/, which open it in Debian's chromium.
"""

from __future__ import annotations

import functools
import gzip
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from engine.pages import is_lesson, notebook_uri, page_path, published_url, site_pages

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"  # Debian's package; `make test` installs it
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DOCS = ROOT / "docs"


def site_url() -> str:
    return published_url(ROOT / "mkdocs.yml")


def site_path() -> str:
    """The path part of mkdocs.yml's site_url, e.g. "/calculus-for-deep-learning/"."""
    path = urlsplit(site_url()).path
    return path if path.endswith("/") else path + "/"


# Text a static host (GitHub Pages) sends gzipped; page budgets assume it.
COMPRESSED = {".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".ipynb"}


@functools.lru_cache(maxsize=512)
def _gzipped(body: bytes) -> bytes:
    """Each asset is compressed once, not on every page a test opens."""
    return gzip.compress(body, 6)


class _Handler(SimpleHTTPRequestHandler):
    prefix = "/"

    def do_GET(self):
        url_path = urlsplit(self.path).path
        file = Path(self.translate_path(self.path))
        if url_path.endswith("/") and file.is_dir():
            file = file / "index.html"
        if not file.is_file() or file.suffix not in COMPRESSED:
            return super().do_GET()
        # As static hosts do: a browser revalidates what it has cached (Pyodide's
        # interpreter, the stylesheets) and gets a 304 instead of the bytes.
        modified = self.date_time_string(int(file.stat().st_mtime))
        if self.headers.get("If-Modified-Since") == modified:
            self.send_response(304)
            self.end_headers()
            return None
        body = file.read_bytes()
        if url_path == self.prefix + "sitemap.xml":
            body = self._local_sitemap(body)
        headers = {
            "Content-Type": self.guess_type(str(file)),
            "Last-Modified": modified,
        }
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            body = _gzipped(body)
            headers["Content-Encoding"] = "gzip"
        self.send_response(200)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        return None

    def _local_sitemap(self, body: bytes) -> bytes:
        """The sitemap with the published origin replaced by this server's.

        Material's instant navigation only follows links the sitemap lists,
        comparing scheme, host *and port*; on the real host they match.
        """
        published = "{0.scheme}://{0.netloc}".format(urlsplit(site_url()))
        here = "http://{}:{}".format(*self.server.server_address[:2])
        return body.replace(published.encode(), here.encode())

    def translate_path(self, path):
        path = urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "does-not-exist")
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_message(self, format, *args):  # quiet: failures show in the tests
        pass


def page_paths() -> list[str]:
    """Every page of the site, as a path under the site's base URL."""
    sources = site_pages(DOCS)
    lessons = [notebook_uri(page) for page in sources if is_lesson(page)]
    return [page_path(page) for page in sources + lessons]


def lesson_paths() -> list[str]:
    return [page_path(page) for page in site_pages(DOCS) if is_lesson(page)]


@contextmanager
def serve(site: Path):
    """Yield the site's base URL, e.g. http://127.0.0.1:41234/calculus-for-deep-learning/."""
    prefix = site_path()
    handler = functools.partial(
        type("Handler", (_Handler,), {"prefix": prefix}), directory=str(site)
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)  # a free port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
