"""The search page at ``/`` in a real browser: headless Chromium driven by Playwright.

A tiny corpus of band news makes every ranking exact: "Skip bands from Edmonton." pushes the two
Edmonton bands out of the top three; removing that condition brings the best-matching (Edmonton)
band back to the top; flipping it to "require" leaves only what mentions Edmonton on top.

Needs the ``playwright`` package (the dev extra) and Debian's Chromium at /usr/bin/chromium (or
$HEEDFUL_CHROMIUM), which ``make setup`` installs. Nothing is downloaded: the browser only talks to
the loopback test server.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from playwright import sync_api
from tests.server.conftest import Client, running

CHROMIUM = os.environ.get("HEEDFUL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
if not shutil.which(CHROMIUM):
    raise RuntimeError(f"no Chromium at {CHROMIUM}: `make setup` installs Debian's chromium "
                       "(apt-get install chromium), or set HEEDFUL_CHROMIUM to a Chromium binary")

XSS_TITLE = '<img src=x onerror="window.__xss=1"> zither festival'
LONG_SOURCE = "a-very-long-syndication-feed-name-without-any-spaces-at-all.example.com"

DOCS: list[dict[str, Any]] = [
    {"_id": "vancouver", "title": "Vancouver band Cedar Line plans a spring tour",
     "text": "Vancouver rock band Cedar Line will tour Canada this spring, playing 24 shows in Toronto, "
             "Montreal and Halifax to promote its debut album Salt and Timber.",
     "source": "reuters.com", "publish_date": "2023-03-01"},
    {"_id": "lanterns", "title": "Edmonton rock band Northern Lanterns announce a big tour",
     "text": "Edmonton rock band The Northern Lanterns announced a rock tour of 30 cities: the band will "
             "tour Canada all year, and the rock band's tour ends at home.",
     "source": "cnn.com", "publish_date": "2023-04-02"},
    {"_id": "halifax", "title": "Halifax's Lighthouse Keepers set for a Maritime tour",
     "text": "The Lighthouse Keepers, a Halifax rock band that mixes folk fiddle with heavy guitars, will "
             "tour the Maritime provinces in July with 12 shows.",
     "source": "cnn.com", "publish_date": "2023-05-03"},
    {"_id": "rustwater", "title": "Rustwater announce a western Canada tour",
     "text": "Rustwater, the Edmonton garage-rock trio, released its third album and will tour western "
             "Canada this summer, starting with two hometown shows.",
     "source": "usatoday.com", "publish_date": "2024-05-13"},
    {"_id": "toronto", "title": "Toronto's Harbourfront Ghosts head to Europe",
     "text": "Toronto rock group Harbourfront Ghosts will play concerts in Berlin, Paris and London this "
             "autumn, their first dates outside Canada.",
     "source": "reuters.com", "publish_date": "2022-10-20"},
    {"_id": "smoke", "title": "Wildfire smoke blankets Edmonton",
     "text": "Thick smoke from wildfires in northern Alberta settled over Edmonton, pushing the air quality "
             "index to 210. Health officials urged residents to stay indoors.",
     "source": LONG_SOURCE, "publish_date": "2023-06-01"},
    {"_id": "comet", "title": "Comet brightens over Canadian skies",
     "text": "A comet discovered in March has brightened enough to be seen without binoculars across "
             "Canada, astronomers said.",
     "source": "cnn.com", "publish_date": "2024-03-10"},
    {"_id": "xss", "title": XSS_TITLE,
     "text": "The zither festival in Quebec City drew record crowds to hear zither players from twelve "
             "countries. <script>window.__xss=2</script>",
     "source": "cnn.com", "publish_date": "2024-08-01"},
]

QUERY = "rock band tour"
INSTRUCTION = "Skip bands from Edmonton."
#: the top three, as each plan ranks them
EXCLUDED = ["vancouver", "halifax", "toronto"]
REMOVED = ["lanterns", "vancouver", "rustwater"]
REQUIRED = ["lanterns", "rustwater", "smoke"]
SECRET = "page-test-reader-secret-01"


@pytest.fixture(scope="module")
def engine(tmp_path_factory, embedder) -> Any:
    from heedful import Engine

    root = tmp_path_factory.mktemp("page")
    docs = root / "docs.jsonl"
    docs.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    eng = Engine.open(root / "index", embedder=embedder)
    eng.index(docs)
    return eng


@pytest.fixture(scope="module")
def server(engine) -> Iterator[Client]:
    from heedful.server.app import create_app

    with running(create_app(engine)) as client:
        yield client


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Iterator[Any]:
    """A fresh browser context (its own sessionStorage) with a 1280x900 window; fails the test on
    any uncaught script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert errors == [], f"script errors on the page: {errors}"


def ids(page) -> list[str]:
    return page.locator("#hits > li.hit").evaluate_all("els => els.map(e => e.dataset.id)")


def settled(page) -> None:
    """Wait until no search is in flight."""
    page.wait_for_function("() => !document.body.classList.contains('busy')")


def search(page, url: str, query: str, instruction: str = "", k: int = 3) -> None:
    page.goto(url + "/")
    page.fill("#query", query)
    page.fill("#instruction", instruction)
    page.fill("#k", str(k))
    page.press("#query", "Enter")
    page.wait_for_selector("#hits > li.hit")
    settled(page)


def rerank(page, action) -> list[str]:
    """Do ``action``; return the ids once the page shows the next results."""
    with page.expect_response(lambda r: r.url.endswith("/v1/search")) as reply:
        action()
    assert reply.value.status == 200
    settled(page)
    return ids(page)


def chips(page) -> list[str]:
    """Each chip as "POLARITY TEXT [flip] remove" (its buttons by their symbols)."""
    return page.locator("#chips > li.chip").evaluate_all(
        "els => els.map(e => [...e.children].map(c => c.textContent).join(' '))")


def sent(request) -> dict[str, Any]:
    return json.loads(request.post_data)


# ---------------------------------------------------------------- searching and the plan
def test_search_shows_hits_and_the_plan_as_chips(page, server):
    search(page, server.url, QUERY, INSTRUCTION)
    assert ids(page) == EXCLUDED
    assert page.locator("#status").text_content().startswith("3 hits")
    assert page.locator("#status").get_attribute("aria-live") == "polite"
    # one chip: the exclusion, with its polarity and the buttons to flip and to remove it
    chip = page.locator("#chips > li.chip")
    assert chip.count() == 1
    assert chip.get_attribute("data-polarity") == "exclude"
    assert chip.locator(".chip-pol").text_content() == "exclude"
    assert chip.locator(".chip-text").text_content() == "bands from Edmonton"
    assert chip.locator("button.chip-flip").get_attribute("aria-label") == "Flip “bands from Edmonton” to require"
    assert chip.locator("button.chip-remove").get_attribute("aria-label") == "Remove exclude “bands from Edmonton”"
    assert page.locator("#reset-plan").is_disabled()
    # the first hit: rank, title, id, score, metadata, and how the exclusion judged it
    first = page.locator("#hits > li.hit").first
    assert first.locator(".rank").text_content() == "1"
    assert first.locator(".hit-title").text_content() == DOCS[0]["title"]
    assert first.locator(".hit-id").text_content() == "vancouver"
    assert float(first.locator(".score").text_content()) > 0
    assert first.locator(".meta-item").all_text_contents() == ["2023-03-01", "reuters.com"]
    assert first.locator(".passage").text_content() == DOCS[0]["text"]
    crit = first.locator(".why > li.crit").filter(has_text="bands from Edmonton")
    assert crit.locator(".verdict").text_content() == "✓"  # a Vancouver band: the exclusion does not apply
    assert crit.locator(".verdict").get_attribute("title").startswith("violated, does not apply · predicate")
    # the criterion is tied to its words in the instruction
    link = crit.locator("button.crit-link")
    assert link.get_attribute("title") == "From your instruction: “Skip bands from Edmonton”"
    link.hover()
    assert page.locator("#instruction-echo .src.lit").all_text_contents() == ["Skip bands from Edmonton"]
    # the URL keeps the search: a reload searches again
    page.reload()
    page.wait_for_selector("#hits > li.hit")
    settled(page)
    assert page.input_value("#instruction") == INSTRUCTION
    assert ids(page) == EXCLUDED


def test_removing_flipping_and_resetting_a_chip_reranks(page, server):
    search(page, server.url, QUERY, INSTRUCTION)
    assert ids(page) == EXCLUDED

    # remove the exclusion with the keyboard alone: Tab from the query box to the chip's × button
    page.focus("#query")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('chip-remove')"):
            break
    else:
        pytest.fail("the chip's remove button is not reachable with Tab")
    with page.expect_request(lambda r: r.url.endswith("/v1/search")) as request:
        assert rerank(page, lambda: page.keyboard.press("Enter")) == REMOVED
    body = sent(request.value)
    assert body["plan"]["criteria"] == [] and body["instruction"] is None and body["query"] == QUERY
    assert page.locator("#chips > li.chip").count() == 0
    assert page.locator("#plan-empty").is_visible()
    assert page.locator("#plan-state").text_content() == "edited"
    assert page.locator("#status").text_content().endswith("with the edited plan.")

    # reset: the plan the instruction compiles to, and its ranking, come back
    assert rerank(page, lambda: page.click("#reset-plan")) == EXCLUDED
    assert chips(page) == ["exclude bands from Edmonton ⇄ ×"]
    assert page.locator("#reset-plan").is_disabled()

    # flip exclude -> require: the Edmonton bands lead
    with page.expect_request(lambda r: r.url.endswith("/v1/search")) as request:
        assert rerank(page, lambda: page.click("#chips button.chip-flip")) == REQUIRED
    assert sent(request.value)["plan"]["criteria"][0]["polarity"] == "require"
    assert chips(page) == ["require bands from Edmonton ⇄ ×"]
    first = page.locator("#hits > li.hit").first
    assert first.locator(".why > li.crit").first.locator(".verdict").text_content() == "✓"
    # the evidence sentence is highlighted in the passage
    assert first.locator(".passage mark").all_text_contents() == [DOCS[1]["text"]]
    # after the flip, focus stays on the flip button (keyboard users keep their place)
    assert page.evaluate("document.activeElement.classList.contains('chip-flip')")

    # flip back: the exclusion again, and the hit that mentions Edmonton shows ✗ where it applies
    assert rerank(page, lambda: page.click("#chips button.chip-flip")) == EXCLUDED
    assert page.locator("#reset-plan").is_enabled()  # edited, though equal to the compiled plan


def test_filter_and_as_of_chips(page, server):
    page.goto(server.url + "/")
    page.fill("#query", QUERY)
    page.fill("#instruction", "Only CNN articles. As of 2023.")
    page.fill("#k", "8")
    page.press("#query", "Enter")
    page.wait_for_selector("#hits > li.hit")
    settled(page)
    assert "filter source = cnn.com ⇄ ×" in chips(page)
    assert "time as of 2023-12-31 ×" in chips(page)
    assert ids(page) == ["lanterns", "halifax"]  # CNN, published by the end of 2023
    # flip the filter to != : everything but CNN, still as of 2023
    assert rerank(page, lambda: page.locator("#chips li[data-kind=filter] .chip-flip").click()) == \
        ["vancouver", "toronto", "smoke"]
    assert "filter source != cnn.com ⇄ ×" in chips(page)
    # remove the as-of date: 2024's Rustwater comes in
    assert "rustwater" in rerank(page, lambda: page.locator("#chips li[data-kind=as_of] .chip-remove").click())
    assert not any(c.startswith("time") for c in chips(page))


# ---------------------------------------------------------------- safety and errors
def test_untrusted_text_renders_as_text(page, server):
    search(page, server.url, "zither festival", k=1)
    assert ids(page) == ["xss"]
    hit = page.locator("#hits > li.hit").first
    assert hit.locator(".hit-title").text_content() == XSS_TITLE
    assert hit.locator(".passage").text_content() == DOCS[-1]["text"]
    assert page.locator("#hits img, #hits script").count() == 0
    assert page.evaluate("window.__xss") is None


def test_problem_details_are_shown(page, server):
    page.goto(server.url + "/")
    page.fill("#query", QUERY)
    page.fill("#filters", "nosuchfield = 3")
    page.press("#query", "Enter")
    page.wait_for_selector("#error:not([hidden])")
    assert page.locator("#error").get_attribute("role") == "alert"
    assert page.locator("#error-title").text_content() == "Bad Request"
    assert page.locator("#error-status").text_content() == "(400)"
    assert page.locator("#error-detail").text_content().startswith("unknown filter field 'nosuchfield'")
    # a good filter clears the error
    page.fill("#filters", "source = reuters.com")
    page.click("#search")
    page.wait_for_selector("#error", state="hidden")
    settled(page)
    assert ids(page)[:2] == ["vancouver", "toronto"]
    # nothing to search for is answered on the page itself
    page.fill("#query", "")
    page.fill("#filters", "")
    page.click("#search")
    assert page.locator("#error-title").text_content() == "Nothing to search for"


def test_a_failed_edit_keeps_the_plan_and_the_hits(page, server):
    search(page, server.url, QUERY, INSTRUCTION)
    busy = {"type": "about:blank", "title": "Service Unavailable", "status": 503,
            "detail": "the index is busy; retry in 5 s"}
    page.route("**/v1/search", lambda route: route.fulfill(
        status=503, content_type="application/problem+json", body=json.dumps(busy)))
    page.click("#chips button.chip-remove")
    page.wait_for_selector("#error:not([hidden])")
    assert page.locator("#error-title").text_content() == "Service Unavailable"
    assert page.locator("#error-detail").text_content() == "the index is busy; retry in 5 s"
    assert ids(page) == EXCLUDED  # the last good results stay
    assert chips(page) == ["exclude bands from Edmonton ⇄ ×"]
    page.unroute("**/v1/search")
    assert rerank(page, lambda: page.click("#chips button.chip-remove")) == REMOVED
    assert page.locator("#error").is_hidden()


def test_api_key_is_sent_and_a_bad_one_is_explained(page, engine):
    from heedful.server.app import create_app
    from heedful.server.keys import Keyring

    ring = Keyring.parse({"keys": [{"name": "page", "key": SECRET, "principals": ["staff"], "role": "read"}]})
    with running(create_app(engine, keyring=ring)) as keyed:
        page.goto(keyed.url + "/")
        assert not page.locator("#api-key").is_visible()  # folded away until needed
        page.fill("#query", QUERY)
        page.press("#query", "Enter")
        page.wait_for_selector("#error:not([hidden])")
        assert page.locator("#error-title").text_content() == "Unauthorized"
        assert page.locator("#error-detail").text_content() == \
            "send your key as the header Authorization: Bearer KEY"
        assert page.locator("#api-key").is_visible()  # a 401 opens the key field

        page.fill("#api-key", "not-the-right-key-000")
        page.click("#search")
        page.wait_for_function(
            "() => document.getElementById('error-detail').textContent === 'that key is not valid'")

        page.fill("#api-key", SECRET)
        with page.expect_request(lambda r: r.url.endswith("/v1/search")) as request:
            page.click("#search")
        page.wait_for_selector("#hits > li.hit")
        assert request.value.headers["authorization"] == f"Bearer {SECRET}"
        assert page.locator("#error").is_hidden()
        # kept for this tab only: sessionStorage, restored on reload
        assert page.evaluate("sessionStorage.getItem('heedful.apiKey')") == SECRET
        assert page.evaluate("localStorage.length") == 0
        page.reload()
        page.wait_for_selector("#hits > li.hit")
        assert page.input_value("#api-key") == SECRET
        if not page.locator("#api-key").is_visible():
            page.click("#key-box summary")
        page.click("#forget-key")
        assert page.evaluate("sessionStorage.getItem('heedful.apiKey')") is None


# ---------------------------------------------------------------- layout
def test_phone_width_has_no_horizontal_scroll(browser, server):
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        search(page, server.url, QUERY, INSTRUCTION, k=8)
        assert page.locator("#hits > li.hit").count() == 8  # every document, the long source among them
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        # one column: the form sits above the results
        form = page.locator("#search-form").bounding_box()
        results = page.locator("#hits").bounding_box()
        assert form["x"] == pytest.approx(results["x"], abs=1) and form["y"] < results["y"]
        for box in (form, results, page.locator("#chips").bounding_box()):
            assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    finally:
        context.close()


def test_page_assets_are_plain_files(server):
    """The page is three static files with a strict CSP: no inline script, nothing from elsewhere."""
    html = server.call("GET", "/").body
    assert "Content-Security-Policy" in html and "script-src 'self'" in html
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(",
                         server.call("GET", "/static/app.js").body)
    assert server.call("GET", "/static/app.css").status == 200
    assert "http://" not in html and "https://" not in html
