"""A screenshot of the search page (docs/search-page.png) over examples/newsroom.jsonl.

Indexes the example corpus in a temporary folder, serves it without keys on a loopback port,
opens the page in headless Chromium at 1280x900, searches "Canadian rock band tour" with the
instruction "Skip bands from Edmonton." and saves the viewport.

Needs the Python ``playwright`` package and a Chromium (Debian's ``/usr/bin/chromium`` by default;
``--chromium PATH`` for another). Downloads nothing.

    python bench/page_screenshot.py [--out docs/search-page.png] [--dark]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUERY = "Canadian rock band tour"
INSTRUCTION = "Skip bands from Edmonton."


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "search-page.png")
    ap.add_argument("--chromium", default="/usr/bin/chromium", help="the Chromium executable")
    ap.add_argument("--dark", action="store_true", help="the dark colour scheme")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=900)
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    from heedful import Engine
    from heedful.server.app import create_app, serving

    with tempfile.TemporaryDirectory(prefix="heedful-page-") as tmp:
        engine = Engine.open(Path(tmp) / "index")
        engine.index(ROOT / "examples" / "newsroom.jsonl", progress=False)
        with serving(create_app(engine)) as url, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": args.height},
                                    color_scheme="dark" if args.dark else "light")
            page.goto(url + "/")
            page.fill("#query", QUERY)
            page.fill("#instruction", INSTRUCTION)
            page.press("#query", "Enter")
            page.wait_for_selector("#hits .hit")
            page.wait_for_function("() => !document.body.classList.contains('busy')")
            page.evaluate("() => document.activeElement && document.activeElement.blur()")
            # show how a criterion links to its words in the instruction
            page.hover("#chips .chip")
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            browser.close()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
