"""The page in headless Chromium (Debian's package, driven by Playwright): search in Korean, apply a facet,
open an event, see delegates and commitments; basic accessibility; event text shown, never run."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page

from readout.settings import Settings


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
    assert page.locator(".commitments .badge", has_text="critical_minerals").first.is_visible()  # a topic tag
    assert "explore joint investment" in page.inner_text("article.event")
    page.screenshot(path=str(screenshots / "event.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto(base + "/?q=critical+minerals")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.screenshot(path=str(screenshots / "search-phone.png"), full_page=True)


def test_accessibility_basics(site: tuple[str, Settings], page: Page, contrast: Callable[[str, str], float]
                              ) -> None:
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
