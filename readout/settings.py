"""Settings: READOUT_* environment variables, then an optional readout.toml, then defaults."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

from streams.bus import default_bus_url


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="READOUT_", extra="ignore",
                                      toml_file=os.environ.get("READOUT_CONFIG", "readout.toml"))

    data_dir: Path = Path(".readout")
    bus: str | None = Field(default=None, description="local:///path (default: <data_dir>/bus) or kafka://host:port")
    index: str | None = Field(default=None, description="tantivy:///path (default: <data_dir>/index) or http(s)://es")
    partitions: int = Field(default=4, ge=1)
    user_agent_contact: str = "readout-operators@example.org"
    allow_private_addresses: bool = False  # loopback and private ranges; never link-local or metadata
    allowed_addresses: str = Field(default="", description="comma-separated address or address:port entries "
                                   "crawls may reach although private (the sample site: 127.0.0.1:8765)")
    sources: str | None = Field(default=None, description="comma-separated registry files (default: the shipped one)")
    samples_url: str = Field(default="http://127.0.0.1:8765", description="base URL of `readout serve-samples`")
    schedules: dict[str, str] = Field(default_factory=dict, description="cron overrides by source id")
    extract_cpu_budget: float = Field(default=10.0, ge=0, description="CPU seconds one document may take to "
                                      "extract before it goes to dlq.extract (0: no budget, in-process)")
    extract_ahead_chars: int = Field(default=200_000, ge=0, description="characters of a batch's Korean text that "
                                     "Kiwi analyses ahead, before the documents are extracted one by one (~8 % less "
                                     "CPU; 0: none)")
    topics: Literal["rules", "model", "both"] = Field(
        default="both", description="where commitment topics come from: the keyword rules, the trained classifier "
        "(extract/models), or both (extract/topic_model.py)")
    events: Literal["rules", "both"] = Field(
        default="rules", description="where events come from: the grammars' rules, or the rules with the trained "
        "event sentence classifier's additions (extract/event_model.py)")
    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8321, ge=1, le=65535)
    api_token: str | None = Field(default=None, description="bearer token the API requires (needed off loopback)")
    api_public: bool = Field(default=False, description="serve off loopback without a token, read-only")
    api_cors_origins: list[str] = Field(default_factory=list, description="origins allowed to call the API")
    api_max_request_bytes: int = Field(default=65536, ge=0)
    api_timeout_s: float = Field(default=30.0, gt=0, description="time to the first byte before a 503")
    api_max_connections: int = Field(default=256, ge=1, description="concurrent connections; more get a 503")
    webhook_attempts: int = Field(default=8, ge=1, le=30, description="POSTs per alert before it is dead-lettered")
    webhook_backoff_s: float = Field(default=1.0, ge=0, description="first retry delay; doubles per attempt")
    webhook_timeout_s: float = Field(default=10.0, gt=0, description="time one webhook POST may take")
    only_sources: str | None = Field(default=None, description="comma-separated source ids the scheduler crawls, "
                                     "enabled or not; every other source is skipped (`readout run --only`)")

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource,
                                   dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource,
                                   ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, env_settings, TomlConfigSettingsSource(settings_cls)

    @property
    def bus_url(self) -> str:
        return self.bus or default_bus_url(self.data_dir)

    @property
    def index_url(self) -> str:
        return self.index or f"tantivy://{(self.data_dir / 'index').resolve()}"

    def only(self) -> list[str]:
        return [s.strip() for s in (self.only_sources or "").split(",") if s.strip()]


def load_settings() -> Settings:
    return Settings()


def export_extract_settings(settings: Settings) -> None:
    """The settings the extraction code reads from the environment (it imports nothing of `readout`), so that one
    given in readout.toml reaches it and the processes it starts. A default needs nothing set."""
    for env, name in (("READOUT_TOPICS", "topics"), ("READOUT_EVENTS", "events")):
        mode = getattr(settings, name)
        if mode != Settings.model_fields[name].default or env in os.environ:
            os.environ[env] = mode
