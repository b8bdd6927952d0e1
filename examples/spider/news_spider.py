"""Example spider: fetch news pages and keep only what may be used for the chosen purposes.

The compliance middleware refuses requests whose site-level signals (robots.txt, tdmrep.json,
RSL) fail the gate; the pipeline checks each item's HTML (footer notices included) and drops
what fails, with the reason in the log, stats and report. Kept items carry `compliance`.

    scrapy runspider examples/spider/news_spider.py -a urls=https://example.com/news/1 \
        -O items.jsonl
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import scrapy

sys.path.insert(0, str(Path(__file__).resolve().parent))
import settings as example_settings


class NewsSpider(scrapy.Spider):
    name = "news"
    custom_settings: ClassVar[dict[str, Any]] = {
        key: getattr(example_settings, key) for key in dir(example_settings) if key.isupper()
    }

    def __init__(self, urls: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [u.strip() for u in urls.split(",") if u.strip()]

    def parse(self, response: scrapy.http.Response) -> Iterator[dict[str, Any]]:
        # The whole page goes into `html`: notices live in footers, not in the article body.
        yield {
            "url": response.url,
            "title": response.css("title::text").get(),
            "html": response.text,
        }
