"""The view pages in headless Chromium on each backend: a series with follow-through, the compare tab, a
person and a country page reached by their links, a month clicked on the search timeline, topic trends and
the network; one h1, readable contrast and no sideways scrolling on a phone."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from data import R2, SERIES
from playwright.sync_api import Page

from index.port import EventIndex
from readout.app import build_app
from readout.settings import Settings

pytestmark = pytest.mark.timeout(240)


@pytest.fixture(scope="module")
def base(views_index: EventIndex, tmp_path_factory: pytest.TempPathFactory,
         serve: Callable[[Any], AbstractContextManager[str]]) -> Iterator[str]:
    data = tmp_path_factory.mktemp("views-web")
    settings = Settings(data_dir=data, bus=f"local://{data / 'bus'}", index=f"tantivy://{data / 'unused'}")
    with serve(build_app(settings, index=views_index)) as url:
        yield url


def shot(page: Page, screenshots: Path, name: str, views_index: EventIndex) -> None:
    backend = type(views_index).__name__.removesuffix("Index").lower()
    page.screenshot(path=str(screenshots / f"views-{name}-{backend}.png"), full_page=True)


def test_series_compare_person_country(base: str, page: Page, screenshots: Path, views_index: EventIndex) -> None:
    page.goto(base + "/")
    page.get_by_role("link", name="Series", exact=True).click()
    page.get_by_role("link", name=SERIES).click()
    page.wait_for_url("**/view/series/**")
    assert page.locator("section.round").count() == 3
    assert page.locator('section.round >> nth=0 >> tr[data-topic="supply_chain"]').get_attribute("data-status") \
        == "realised"
    assert page.locator("section.round >> nth=0 >> .next .status").inner_text() == "on time"
    assert page.locator("section.round >> nth=1 >> .next .status").inner_text() == "late"
    assert page.locator("section.round >> nth=2 >> .next .status").inner_text() == "not yet"
    shot(page, screenshots, "series", views_index)
    page.locator("section.round >> nth=2").get_by_role("link", name="compare readouts").click()
    page.wait_for_url("**/compare")
    assert page.locator('.tabs a[aria-current="page"]').inner_text() == "Compare readouts"
    assert [x.strip() for x in page.locator("section.column h2").all_inner_texts()] == ["USA (en)", "KOR (ko)"]
    only = page.locator("ul.only").inner_text()
    assert "quantum" in only and "technology_protection" in only and "Kurt Campbell" in only
    shot(page, screenshots, "compare", views_index)
    page.locator('section.column[data-side="KOR"]').get_by_role("link", name="왕윤종").click()
    page.wait_for_url("**/view/person/**")
    assert page.locator("h1").inner_text() == "Wang Yun-jong"
    assert page.locator("table.roles tbody tr").count() == 3
    shot(page, screenshots, "person", views_index)
    page.locator("p.aka").get_by_role("link", name="KOR").click()
    page.wait_for_url("**/view/country/KOR")
    assert page.locator('tr[data-partner="USA"] td').nth(1).inner_text() == "5"
    assert page.locator("svg.lines polyline").count() >= 3
    shot(page, screenshots, "country", views_index)


def test_click_a_month_on_the_timeline(base: str, page: Page, screenshots: Path, views_index: EventIndex) -> None:
    page.goto(base + "/?q=economic+security")
    total = page.locator(".hit").count()
    assert total >= 3
    page.locator('svg.bars a[data-month="2023-11"]').click()
    page.wait_for_url("**date_from=2023-11-01**")
    assert "date_to=2023-11-30" in page.url and "q=economic+security" in page.url
    assert page.locator(".hit").count() == 1 and R2 in page.locator(".hit h3 a").get_attribute("href").replace(
        "%3A", ":")
    assert page.locator('svg.bars a.selected').get_attribute("data-month") == "2023-11"
    shot(page, screenshots, "timeline", views_index)
    page.get_by_role("link", name="Topic trends").click()
    page.wait_for_url("**/view/trends?**")
    assert page.locator("svg.lines polyline").count() >= 1
    page.goto(base + "/view/trends")
    assert page.locator("svg.lines polyline").count() == 5  # every topic of the data
    page.locator("ul.legend").get_by_role("link", name="critical_minerals").click()
    page.wait_for_url("**topics=critical_minerals**")
    assert page.locator(".hit").count() == 2


def test_network_links_to_countries(base: str, page: Page, screenshots: Path, views_index: EventIndex) -> None:
    page.goto(base + "/view/network")
    assert page.locator("svg.graph circle").count() == 3 and page.locator("svg.graph line").count() == 3
    shot(page, screenshots, "network", views_index)
    page.locator('svg.graph a[data-node="JPN"]').click()
    page.wait_for_url("**/view/country/JPN")
    page.goto(base + "/view/network?by=persons")
    assert page.locator("svg.graph circle").count() == 2


def test_view_pages_accessible_and_fit_a_phone(base: str, page: Page, contrast: Callable[[str, str], float]
                                              ) -> None:
    paths = ["/view/series", "/view/series/economic-security", f"/event/{R2}/compare", "/view/person/wang-yun-jong",
             "/view/country/KOR", "/view/trends", "/view/network"]
    for path in paths:
        page.goto(base + path)
        assert page.locator("h1").count() == 1, path
        for sel in (".status", ".muted", ".tick"):
            el = page.locator(sel).first
            if el.count():
                fg, bg = el.evaluate("e => [getComputedStyle(e).color || getComputedStyle(e).fill, "
                                     "getComputedStyle(e).backgroundColor]")
                bg = bg if bg not in ("rgba(0, 0, 0, 0)", "transparent") else "rgb(255, 255, 255)"
                assert contrast(fg, bg) >= 4.5, (path, sel, fg, bg)
    page.set_viewport_size({"width": 390, "height": 844})
    for path in paths:
        page.goto(base + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
