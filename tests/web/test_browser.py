"""The page in headless Chromium (Debian's package, driven by Playwright): search in Korean, apply a facet,
open an event, see delegates and commitments; basic accessibility; event text shown, never run."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from readout.settings import Settings

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = context.new_page()
    yield pg
    context.close()


def contrast(fg: str, bg: str) -> float:
    def lum(rgb: str) -> float:
        vals = [int(x) / 255 for x in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]]
        lin = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in vals]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    a, b = sorted((lum(fg), lum(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_search_facet_event(site: tuple[str, Settings], page: Page, screenshots: Path) -> None:
    base, _ = site
    page.goto(base + "/")
    page.get_by_label("Search events (Korean or English)").fill("경제안보")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/?q=*")
    assert page.locator(".hit").count() == 1
    page.screenshot(path=str(screenshots / "search-korean.png"), full_page=True)
    page.locator('[data-facet="topics"] a', has_text="semiconductors").click()
    page.wait_for_url("**topics=semiconductors**")
    assert page.locator(".hit").count() == 1
    page.locator(".hit h3 a").first.click()
    page.wait_for_url("**/event/**")
    assert page.get_by_role("heading", name="Delegates").is_visible()
    rows = page.locator("table.delegates tbody tr")
    assert rows.count() == 2 and "Wang Yun-jong" in rows.all_inner_texts()[0] + rows.all_inner_texts()[1]
    assert page.get_by_role("heading", name="critical_minerals").is_visible()
    assert "explore joint investment" in page.inner_text("article.event")
    page.screenshot(path=str(screenshots / "event.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto(base + "/?q=critical+minerals")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.screenshot(path=str(screenshots / "search-phone.png"), full_page=True)


def test_accessibility_basics(site: tuple[str, Settings], page: Page) -> None:
    base, _ = site
    for path in ("/?q=핵심광물", "/event/dialogue:2024-06-05:JPN-KOR-USA"):
        page.goto(base + path)
        assert page.locator("h1").count() == 1
        unlabeled = page.evaluate("""() => [...document.querySelectorAll('input, select')]
            .filter(e => e.type !== 'hidden' && !(e.id && document.querySelector(`label[for="${e.id}"]`))
                     && !e.getAttribute('aria-label')).length""")
        assert unlabeled == 0
        assert page.evaluate("document.documentElement.lang") == "ko"
        for sel in ("body", "a", ".meta, .muted, .tag"):
            el = page.locator(sel).first
            if el.count():
                fg = el.evaluate("e => getComputedStyle(e).color")
                assert contrast(fg, "rgb(255, 255, 255)") >= 4.5, (sel, fg)


def test_script_in_title_is_shown_not_run(site: tuple[str, Settings], page: Page) -> None:
    base, _ = site
    page.goto(base + "/?q=arrangement")
    page.goto(base + "/event/agreement:2023-11-14:JPN-USA")
    assert page.evaluate("window.pwned === undefined")
    assert "<script>window.pwned=1</script>" in page.inner_text("h1")
