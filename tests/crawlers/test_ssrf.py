"""SSRF probes are refused on every hop unless private addresses are explicitly allowed."""
from __future__ import annotations

from pathlib import Path

import pytest
from crawl_helpers import run_crawl
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.http import HtmlResponse, Request, Response
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawlers.sampleserver import SampleSite
from crawlers.ssrf import RefusedURL, SSRFGuardMiddleware, check_url

PROBES = [
    "http://127.0.0.1/",
    "http://127.0.0.1:8765/en/feed.xml",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://2130706433/",  # 127.0.0.1 as one decimal number
    "http://0x7f.1/",  # 127.0.0.1 in hex shorthand
    "http://017700000001/",  # 127.0.0.1 in octal
    "http://localhost:8765/",
    "http://10.0.0.8/",
    "http://192.168.1.1/admin",
    "http://172.16.0.1/",
    "http://100.64.0.1/",  # carrier-grade NAT
    "http://0.0.0.0/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "file:///etc/passwd",
    "ftp://example.org/file",
    "gopher://127.0.0.1:6379/_INFO",
    "data:text/html,<h1>hi</h1>",
]


@pytest.mark.parametrize("url", PROBES)
def test_probe_refused(url: str) -> None:
    with pytest.raises(RefusedURL):
        check_url(url, allow_private=False)


@pytest.mark.parametrize("url", ["https://8.8.8.8/", "http://93.184.215.14/index.html", "https://[2606:4700::1111]/"])
def test_public_literal_addresses_pass(url: str) -> None:
    check_url(url, allow_private=False)


def test_allow_private_still_refuses_other_schemes() -> None:
    check_url("http://127.0.0.1:8765/", allow_private=True)
    with pytest.raises(RefusedURL):
        check_url("file:///etc/passwd", allow_private=True)


def _guard(allow: bool) -> tuple[SSRFGuardMiddleware, RedirectMiddleware]:
    crawler = get_crawler(settings_dict={"READOUT_ALLOW_PRIVATE_ADDRESSES": allow})
    return SSRFGuardMiddleware.from_crawler(crawler), RedirectMiddleware.from_crawler(crawler)


@pytest.mark.parametrize("target", ["http://127.0.0.1:6379/", "http://169.254.169.254/latest/meta-data/",
                                    "http://[::1]/", "file:///etc/passwd"])
def test_public_url_redirecting_to_a_private_one_is_refused(target: str) -> None:
    guard, redirect = _guard(False)
    first = Request("https://93.184.215.14/release")
    guard.process_request(first)  # the public hop passes
    response = Response(first.url, status=302, headers={"Location": target}, request=first)
    hop = redirect.process_response(first, response)
    if isinstance(hop, Request):
        # Scrapy builds the next hop as a new request, which goes through the middlewares again.
        with pytest.raises(RefusedURL):
            guard.process_request(hop)
    else:
        # Scrapy itself refuses to follow a redirect to a non-http scheme.
        assert isinstance(hop, Response) and target.startswith("file:")


def test_guard_lets_private_hops_through_when_allowed() -> None:
    guard, _ = _guard(True)
    guard.process_request(Request("http://127.0.0.1:8765/"))
    assert HtmlResponse("http://127.0.0.1/").status == 200
    assert Settings({"READOUT_ALLOW_PRIVATE_ADDRESSES": True}).getbool("READOUT_ALLOW_PRIVATE_ADDRESSES")


def test_crawl_with_private_addresses_refused_fetches_nothing(sample_site: SampleSite, tmp_path: Path) -> None:
    before = len(sample_site.hits)
    [run] = run_crawl(["sample.en-feed"], data_dir=tmp_path, site_url=sample_site.url,
                      bus_url=f"local://{tmp_path / 'bus'}",
                      settings={"READOUT_ALLOW_PRIVATE_ADDRESSES": "false", "RETRY_TIMES": "0"})
    assert run.failures == {"ssrf_refused": 1}
    assert run.pages_fetched == 0 and run.new_docs == 0
    assert run.health == "unhealthy"
    assert len(sample_site.hits) == before  # not even robots.txt was requested


def test_redirect_hop_to_private_address_refused_in_a_real_crawl(sample_site: SampleSite, tmp_path: Path) -> None:
    """Only the sample site's address:port is allowed; its redirects to other private addresses are refused."""
    port = sample_site.url.rsplit(":", 1)[1]
    registry = tmp_path / "sources.yaml"
    targets = ["http://127.0.0.1:9/x", "http://169.254.169.254/latest/meta-data/", "http://[::1]:8765/",
               "http://2130706433/"]
    starts = ", ".join(f'"{sample_site.url}/redirect?to={t}"' for t in targets)
    registry.write_text(f"""sources:
  - id: test.redirect
    name: redirect probes
    country: USA
    language: en
    discovery: feed
    start_urls: [{starts}]
    allowed_domains: ["127.0.0.1", "169.254.169.254", "::1", "2130706433"]
""")
    before = len(sample_site.hits)
    [run] = run_crawl(["test.redirect"], data_dir=tmp_path, site_url=sample_site.url,
                      bus_url=f"local://{tmp_path / 'bus'}",
                      settings={"READOUT_SOURCES": str(registry), "READOUT_ALLOW_PRIVATE_ADDRESSES": "false",
                                "READOUT_ALLOWED_ADDRESSES": f"127.0.0.1:{port}", "RETRY_TIMES": "0"})
    assert run.failures == {"ssrf_refused": len(targets)}
    redirects = [h.path for h in sample_site.hits[before:] if h.path.startswith("/redirect")]
    assert len(redirects) == len(targets)  # the first, allowed hop was fetched each time
    assert run.new_docs == 0


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/",
                                 "http://[fd00:ec2::254]/", "http://100.100.100.200/", "http://2852039166/",
                                 "http://[::ffff:169.254.169.254]/", "http://metadata.google.internal/"])
def test_no_setting_opens_link_local_or_metadata(url: str) -> None:
    host = url.split("//")[1].split("/")[0].strip("[]")
    with pytest.raises(RefusedURL):
        check_url(url, allow_private=True, allowed=frozenset({host, f"{host}:80"}))


def test_allow_private_opens_loopback_and_private_ranges_only() -> None:
    for url in ("http://127.0.0.1:8765/", "http://10.1.2.3/", "http://192.168.0.10/", "http://[fd12::1]/"):
        check_url(url, allow_private=True)
    check_url("http://127.0.0.1:8765/", allowed=frozenset({"127.0.0.1:8765"}))  # the sample site's narrow entry
    with pytest.raises(RefusedURL):
        check_url("http://127.0.0.1:8766/", allowed=frozenset({"127.0.0.1:8765"}))
