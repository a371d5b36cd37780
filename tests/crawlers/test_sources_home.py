"""A publisher's home country is declared once (streams/publishers.py); every shipped source's registry
`country` agrees with it, so the extractor and the crawler never disagree about whose officials a release
names without a country."""
from __future__ import annotations

from crawlers.sources import DEFAULT_REGISTRY, load_file
from streams.publishers import home_country


def test_registry_countries_agree_with_publisher_home_countries() -> None:
    sources = load_file(DEFAULT_REGISTRY)
    assert sources
    known = 0
    for s in sources:
        home = home_country(s.id, s.start_urls[0])
        if home is not None:
            known += 1
            assert home == s.country, f"{s.id}: registry says {s.country}, publishers.py says {home}"
    assert known >= len(sources) // 2  # most publishers are known by their id or domain


def test_home_country_by_id_or_domain() -> None:
    assert home_country("kr.mofa", None) == "KOR"
    assert home_country(None, "https://www.mofa.go.jp/press/release/") == "JPN"
    assert home_country("wire.example", "https://www.state.gov/readout") == "USA"
    assert home_country("news.example", "https://example.org/") is None


def test_other_governments_by_the_gazetteers_internet_codes() -> None:
    assert home_country("au.dfat", None) == "AUS"
    assert home_country(None, "https://www.gov.uk/government/news/x") == "GBR"
    assert home_country(None, "https://pm.gc.ca/en/news") == "CAN"
    assert home_country("ec.press", None) == "EU"  # a source id `ec.` is the European Commission
    assert home_country(None, "https://ec.europa.eu/commission/presscorner") == "EU"
    assert home_country(None, "https://www.cancilleria.gob.ec/boletin") != "EU"  # Ecuador's domain, not the EU
    assert home_country("xx.office", "https://example.org/") is None
