"""What spiders yield: one raw page capture and the portal it belongs to."""
from __future__ import annotations

from dataclasses import dataclass

from pipelines.types import Capture


@dataclass
class PageItem:
    capture: Capture
    portal_key: str
