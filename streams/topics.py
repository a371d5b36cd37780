"""Topic names: the only coupling between stages."""
from __future__ import annotations

RAW_DOCUMENTS = "raw.documents"
EVENTS = "events"
CRAWL_JOBS = "crawl.jobs"

# What each stage consumes (the runner, the supervisor's lag column and `readout topics` read it here).
STAGE_INPUT: dict[str, str] = {"crawl": CRAWL_JOBS, "extract": RAW_DOCUMENTS, "index": EVENTS, "alerts": EVENTS}


def topic_stream(topic: str) -> str:
    """Per-topic event stream, e.g. `events.topic.semiconductors`."""
    return f"events.topic.{topic}"


def dlq(stage: str) -> str:
    return f"dlq.{stage}"


def alerts(subscription: str) -> str:
    return f"alerts.{subscription}"
