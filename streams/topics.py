"""Topic names: the only coupling between stages."""
from __future__ import annotations

RAW_DOCUMENTS = "raw.documents"
EVENTS = "events"
MERGED = "events.merged"  # each real-world event once when it appears, then its updates (from the index stage)
CRAWL_JOBS = "crawl.jobs"

# What each stage consumes (the runner, the supervisor's lag column and `readout topics` read it here).
STAGE_INPUT: dict[str, str] = {"crawl": CRAWL_JOBS, "extract": RAW_DOCUMENTS, "index": EVENTS, "alerts": MERGED}


def topic_stream(topic: str) -> str:
    """Per-topic event stream, e.g. `events.topic.semiconductors`."""
    return f"events.topic.{topic}"


STAGES = tuple(STAGE_INPUT)  # stages that dead-letter


def dlq(stage: str) -> str:
    return f"dlq.{stage}"


def alerts(subscription: str) -> str:
    return f"alerts.{subscription}"


def is_standard(topic: str) -> bool:
    """A topic Readout itself writes (not an alert stream of a subscription that may not exist)."""
    return topic in (RAW_DOCUMENTS, EVENTS, MERGED, CRAWL_JOBS) or topic in {dlq(s) for s in STAGES} \
        or topic.startswith("events.topic.")
