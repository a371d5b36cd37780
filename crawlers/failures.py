"""Why a request failed, as a short reason for run stats."""
from __future__ import annotations

from scrapy.exceptions import CannotResolveHostError, DownloadCancelledError, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import defer, error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseNeverReceived

from crawlers.ssrf import RefusedURL, UnresolvableHost


def failure_reason(failure: Failure) -> str:
    exc = failure.value
    if isinstance(exc, UnresolvableHost):
        return "dns"
    if isinstance(exc, RefusedURL):
        return "ssrf_refused"
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    message = str(exc)
    if "DOWNLOAD_MAXSIZE" in message or "maxsize" in message.lower() or "larger than download max size" in message:
        return "too_large"
    if isinstance(exc, IgnoreRequest):
        if "robots.txt" in message:
            return "robots_disallowed"
        if "offsite" in message.lower():
            return "offsite"
        return "ignored"
    if isinstance(exc, DownloadCancelledError):
        # Scrapy cancels a download itself only for DOWNLOAD_MAXSIZE (timeouts raise TimeoutError);
        # a body cut off mid-stream carries no size in its message.
        return "too_large"
    if isinstance(exc, defer.CancelledError):
        return "cancelled"
    if isinstance(exc, (defer.TimeoutError, error.TimeoutError, error.TCPTimedOutError)):
        return "timeout"
    if isinstance(exc, (error.DNSLookupError, CannotResolveHostError)):
        return "dns"
    if isinstance(exc, error.ConnectionRefusedError):
        return "connection_refused"
    if isinstance(exc, (ResponseNeverReceived, error.ConnectionLost, error.ConnectionDone)):
        return "connection_lost"
    return type(exc).__name__.lower()
