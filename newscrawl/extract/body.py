"""Body: main content (trafilatura) -> cleaned sections and images. (stub, being written)"""

from __future__ import annotations

from dataclasses import dataclass, field

from newscrawl.extract.metadata import Metadata
from newscrawl.extract.page import Page
from newscrawl.extract.rules import ExtractRules
from newscrawl.items import Image, Section


@dataclass(frozen=True, slots=True)
class Body:
    sections: list[Section] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)


def extract_body(page: Page, meta: Metadata, rules: ExtractRules) -> Body:
    return Body()
