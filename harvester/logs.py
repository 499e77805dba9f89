"""Log lines for people: a failed fetch is one line in the log, not a traceback."""
from __future__ import annotations

import logging


class _NoTraceback(logging.Filter):
    """A fetch that failed is a fact for the run report, not a crash: one line, no traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            exc = record.exc_info[1]
            record.msg = f"{record.getMessage()} ({type(exc).__name__}: {exc})" if exc else record.getMessage()
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True


def one_line_errors() -> None:
    for handler in logging.root.handlers:
        if not any(isinstance(f, _NoTraceback) for f in handler.filters):
            handler.addFilter(_NoTraceback())
