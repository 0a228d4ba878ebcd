"""Screenshots of the notebook views for the README (a developer tool, not run by CI).

    python scripts/render_views.py [--chromium PATH] [--out docs/img]

Parses the two invented example pages in ``docs/examples/`` (the same tram story from two
outlets), links them, writes ``Article._repr_html_`` of the first page and
``ClaimGraph._repr_html_`` of both to HTML files, and has headless Chromium take a PNG of
each: ``docs/img/article_view.png`` and ``docs/img/graph_view.png``. Chromium runs
offline, with a fresh profile, no GPU and no background networking (on Debian:
``apt-get install -y chromium``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import claimx  # noqa: E402

EXAMPLES = ROOT / "docs" / "examples"
PAGE = """<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin: 16px; background: #fff">{body}</body></html>"""
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def screenshot(chromium: str, html: str, png: Path, size: tuple[int, int]) -> None:
    """Render ``html`` in a fresh headless Chromium profile and save a PNG of ``size``."""
    with tempfile.TemporaryDirectory(prefix="claimx-views-") as tmp:
        page = Path(tmp) / "view.html"
        page.write_text(PAGE.format(body=html), encoding="utf-8")
        subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={Path(tmp) / 'profile'}",
                f"--window-size={size[0]},{size[1]}",
                f"--screenshot={png}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    print(f"wrote {png.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args(argv)
    if not Path(args.chromium).exists():
        print(f"no Chromium at {args.chromium} (apt-get install -y chromium)", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    ledger = claimx.parse((EXAMPLES / "ledger.html").read_bytes(), source="The Valley Ledger")
    gazette = claimx.parse((EXAMPLES / "gazette.html").read_bytes(), source="Harbour Gazette")
    graph = claimx.link([ledger, gazette]).with_articles([ledger, gazette])
    screenshot(args.chromium, ledger._repr_html_(), args.out / "article_view.png", (1000, 820))
    screenshot(args.chromium, graph._repr_html_(), args.out / "graph_view.png", (1000, 600))
    return 0


if __name__ == "__main__":
    sys.exit(main())
