"""Topic names: the only coupling between stages."""
from __future__ import annotations

RAW_DOCUMENTS = "raw.documents"
EVENTS = "events"
CRAWL_JOBS = "crawl.jobs"


def topic_stream(topic: str) -> str:
    """Per-topic event stream, e.g. `events.topic.semiconductors`."""
    return f"events.topic.{topic}"


def dlq(stage: str) -> str:
    return f"dlq.{stage}"


def alerts(subscription: str) -> str:
    return f"alerts.{subscription}"
