"""Canonical URLs: one identity per article whatever link led to it."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from crawlers.sources import load_registry
from crawlers.urls import CanonicalRules, canonicalize


def test_tracking_parameters_fragments_and_ports_go() -> None:
    rules = CanonicalRules(scheme="https")
    assert canonicalize("HTTP://WWW.State.gov:443/Readout/?utm_source=rss&b=2&a=1&fbclid=x#top", rules) == \
        "https://www.state.gov/Readout/?a=1&b=2"
    assert canonicalize("https://example.org:8443/a//b", rules) == "https://example.org:8443/a/b"


def test_scheme_follows_the_source() -> None:
    assert canonicalize("http://www.korea.kr/a", CanonicalRules(scheme="https")) == "https://www.korea.kr/a"
    assert canonicalize("https://127.0.0.1:8765/a", CanonicalRules(scheme="http")) == "http://127.0.0.1:8765/a"


def test_korea_kr_mobile_host_and_section_variants_are_one_article() -> None:
    src = load_registry().get("kr.korea-kr")
    urls = [
        "https://www.korea.kr/briefing/pressReleaseView.do?newsId=156635000",
        "http://m.korea.kr/briefing/pressReleaseView.do?newsId=156635000&pageIndex=3&call_from=rsslink",
        "https://www.korea.kr/briefing/policyBriefingView.do?newsId=156635000",
        "https://www.korea.kr/news/pressReleaseView.do?newsId=156635000#content",
    ]
    assert {canonicalize(u, src.canonical_rules) for u in urls} == \
        {"https://www.korea.kr/briefing/pressReleaseView.do?newsId=156635000"}


def test_keep_params_keeps_only_the_article_id() -> None:
    src = load_registry().get("kr.mofa")
    a = canonicalize("https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=375000&page=2&srchFr=&srchTo=",
                     src.canonical_rules)
    b = canonicalize("https://mofa.go.kr/www/brd/m_4080/view.do?page=1&seq=375000", src.canonical_rules)
    assert a == "https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=375000"
    assert b == "https://mofa.go.kr/www/brd/m_4080/view.do?seq=375000"  # a different host stays different


def test_ipv6_hosts_keep_their_brackets() -> None:
    assert canonicalize("http://[::1]:8080/x#y") == "http://[::1]:8080/x"


@given(path=st.text(alphabet=st.characters(codec="ascii", categories=("L", "N")), max_size=12),
       params=st.lists(st.tuples(st.sampled_from(["id", "utm_source", "page", "ref", "seq"]),
                                 st.text(alphabet="abc123", max_size=4)), max_size=4))
def test_canonicalize_is_idempotent(path: str, params: list[tuple[str, str]]) -> None:
    query = "&".join(f"{k}={v}" for k, v in params)
    url = f"https://m.example.org/{path}?{query}#frag"
    once = canonicalize(url, CanonicalRules(scheme="https", domains=("example.org",)))
    assert canonicalize(once, CanonicalRules(scheme="https", domains=("example.org",))) == once
    assert "utm_" not in once and "#" not in once and not re.search(r"[?&]ref=", once)
