"""underthesea, imported without its side effect on logging.

Importing underthesea calls logging.basicConfig(), which gives the root logger a
handler that prints every INFO line of every library (Scrapy's included) to stderr.
A library must not configure the application's logging, so the handler it adds is
taken away again here; every module imports underthesea through this one.
"""
from __future__ import annotations

import logging

_before = list(logging.root.handlers)
import underthesea  # noqa: E402
from underthesea import sent_tokenize  # noqa: E402,F401
from underthesea.pipeline.word_tokenize import regex_tokenize  # noqa: E402,F401

for _handler in list(logging.root.handlers):
    if _handler not in _before:
        logging.root.removeHandler(_handler)

__all__ = ["underthesea", "sent_tokenize", "regex_tokenize"]
