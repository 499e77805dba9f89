"""`harvester import-warc`: pages of registry portals from WARC/ARC files into the corpus.

Common Crawl extracts, Archive-It collections and our own `crawl --warc-out`
files hold many hosts; only records whose host is a portal's (with or without
www., http or https) are kept, under the portal's own URLs. Each is processed
by the same process_page as a live page (in the worker pool) and stored in its
own transaction; a malformed record is reported with its reason and skipped.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.engine import Engine

import models
from harvester.errors import InputError
from harvester.files import BadRecord, warc_records
from harvester.portals import Portal
from harvester.reprocess import batched
from harvester.urls import bare_host, onto_origin, origin
from pipelines.process import versions
from pipelines.store import already_processed, store_page
from pipelines.types import Capture, ProcessOptions
from pipelines.workers import make_executor, safe_process


@dataclass
class ImportReport:
    outcomes: Counter[str] = field(default_factory=Counter)  # new / updated / unchanged / rejected / skipped
    rejected: Counter[str] = field(default_factory=Counter)  # not articles, by reason
    other_hosts: int = 0
    bad: list[str] = field(default_factory=list)  # one line per malformed record or unreadable file

    @property
    def pages(self) -> int:
        return sum(self.outcomes.values())


def _portal_hosts(portals: dict[str, Portal]) -> dict[str, Portal]:
    hosts: dict[str, Portal] = {}
    for portal in portals.values():
        hosts.setdefault(bare_host(str(portal.base_url)), portal)
    return hosts


def _onto_portal(capture: Capture, portal: Portal) -> Capture:
    own = onto_origin(capture.url, origin(str(portal.base_url)), portal.effective_rules().trailing_slash)
    return replace(capture, url=own, fetched_url=capture.url)


def import_warcs(engine: Engine, files: Iterable[Path], portals: dict[str, Portal], *,
                 workers: int | None = None, options: ProcessOptions = ProcessOptions(),
                 progress: Callable[[int], None] | None = None, batch: int = 100) -> ImportReport:
    if not portals:
        raise InputError("no portals to import for (the registry is empty)")
    hosts = _portal_hosts(portals)
    sessions = models.session_factory(engine)
    current = versions(options)
    infos = {k: p.info() for k, p in portals.items()}
    report = ImportReport()

    def wanted() -> Iterable[tuple[Portal, Capture]]:
        for path in files:
            try:
                for item in warc_records(path):
                    if isinstance(item, BadRecord):
                        report.bad.append(str(item))
                        continue
                    portal = hosts.get(bare_host(item.url))
                    if portal is None:
                        report.other_hosts += 1
                        continue
                    yield portal, _onto_portal(item, portal)
            except InputError as exc:  # one unreadable file does not stop the others
                report.bad.append(str(exc))

    executor = make_executor(workers)
    try:
        # Batches keep memory flat: only `batch` raw pages are held at once.
        for chunk in batched(wanted(), batch):
            todo = []
            for portal, cap in chunk:
                if already_processed(sessions, cap, current):
                    report.outcomes["skipped"] += 1
                else:
                    todo.append((portal, cap))
            results = executor.map(safe_process, [c for _, c in todo], [infos[p.key] for p, _ in todo],
                                   [options] * len(todo))
            for (portal, cap), result in zip(todo, results):
                outcome = store_page(sessions, portal, cap, result, current)
                report.outcomes[outcome] += 1
                if outcome == "rejected":
                    report.rejected[result.reason] += 1
            if progress:
                progress(len(chunk))
    finally:
        executor.shutdown()
    return report
