"""process_page: one raw capture in, an Article or a Rejected out.

Pure: no Scrapy, no database, no network, so the crawler's worker processes,
`harvester process` and `harvester extract` all run exactly the same code.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from urllib.parse import urljoin, urlsplit

from pipelines import classify
from pipelines.bylines import split_byline
from pipelines.dates import find_published_date, find_updated_date
from pipelines.dates import VN_TZ
from pipelines.departments import RECOGNIZER_VERSION, PersonMention, article_departments
from pipelines.docrefs import DOCREFS_VERSION, find_documents
from pipelines.extract import EXTRACTOR_VERSION, extract, find_author_area
from pipelines.listing import dated_items, drop_related_lines, teaser_share
from pipelines.normalize import NORMALIZER_VERSION, apply_tone_style, decode_body
from pipelines.provenance import capture_time, capture_time_date
from pipelines.tokenize import SEGMENTER_VERSION, segment
from harvester.urls import canonical
from pipelines.types import Article, Capture, PortalInfo, ProcessOptions, ProcessResult, Rejected

PROCESSED_WITH = {
    "extractor": EXTRACTOR_VERSION,
    "segmenter": SEGMENTER_VERSION,
    "normalizer": NORMALIZER_VERSION,
    "recognizer": RECOGNIZER_VERSION,
    "documents": DOCREFS_VERSION,
}


def versions(options: ProcessOptions = ProcessOptions()) -> dict[str, str]:
    """Everything that decides what process_page returns for given bytes."""
    return {**PROCESSED_WITH, "tone_style": options.tone_style}


def text_hash(text: str) -> str:
    """Hash of the text with case and spacing folded, for exact-duplicate detection."""
    folded = " ".join(text.lower().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def canonical_link(tree, page_url: str, trailing_slash: str | None = None) -> str | None:
    """The page's own <link rel="canonical">, when it stays on the same site.

    Print views, tracking-parameter and slash variants all name the one article
    URL there. A canonical on another host (a republished story pointing at
    the original newspaper) is not this portal's URL, so it is ignored.
    """
    for href in tree.xpath("//link[@rel='canonical']/@href"):
        target = canonical(urljoin(page_url, href.strip()), trailing_slash)
        if urlsplit(target).hostname == urlsplit(page_url).hostname:
            return target
    return None


def _styled(article: Article, style: str) -> Article:
    """Every stored string in one tone placement (the stages saw the page's own spelling)."""
    def t(value: str | None) -> str | None:
        return apply_tone_style(value, style) if value is not None else None

    article.title, article.lead, article.text = t(article.title), t(article.lead), t(article.text)
    article.author, article.source_credit = t(article.author), t(article.source_credit)
    article.sentences = [t(x) for x in article.sentences]
    article.segmented = t(article.segmented)
    article.departments = [replace(d, name=t(d.name), kind=t(d.kind), locality=t(d.locality))
                           for d in article.departments]
    article.people = [replace(p, name=t(p.name), title=t(p.title), department=t(p.department)) for p in article.people]
    article.text_hash = text_hash(article.text)
    return article


def process_page(capture: Capture, portal: PortalInfo, options: ProcessOptions = ProcessOptions()) -> ProcessResult:
    verdict = classify.by_response(capture.status, capture.headers)
    if verdict.ok:
        verdict = classify.by_url(capture.url, portal)
    if not verdict.ok:
        return Rejected(capture.url, verdict.reason, verdict.detail)

    html = decode_body(capture.body, capture.headers)
    page = extract(html, capture.url, portal)
    host = urlsplit(capture.url).hostname
    items = dated_items(page.tree, capture.url,
                        lambda u: urlsplit(u).hostname == host and u != capture.url, portal.trailing_slash)
    share = teaser_share(page.paragraphs, items)
    paragraphs = drop_related_lines(page.paragraphs, items) if share < classify.MAX_TEASER_SHARE else page.paragraphs
    # A site-wide <meta name="author"> naming the portal's owner says who runs the site, not who wrote this.
    meta_author = page.meta_author if page.meta_author not in (portal.owner, portal.name) else None
    paragraphs, byline = split_byline(
        paragraphs, meta_author=meta_author, area_text=find_author_area(page.tree),
        site_name=portal.name or None,
    )
    body_text = "\n".join(paragraphs)
    # An archived page cannot have been published after the archive saw it.
    captured = capture_time(capture)
    published = find_published_date(page.tree, html, capture.url, date_xpaths=portal.date_xpaths,
                                    body_text=body_text, vietnamese=page.vietnamese, now=captured)
    if published is None and captured is not None and classify.is_article_url(capture.url, portal):
        # Only for URLs the profile names as articles: an undated page elsewhere is more likely
        # standing text (an introduction, a contact page) than news.
        published = capture_time_date(capture)
    verdict = classify.by_structure(
        text_chars=len(body_text),
        paragraphs=len(paragraphs),
        link_text_ratio=page.link_text_ratio,
        teaser_share=share,
        has_title=bool(page.title),
        has_date=published is not None,
    )
    if not verdict.ok:
        return Rejected(capture.url, verdict.reason, verdict.detail)
    assert published is not None

    seg = segment([page.title, *([page.lead] if page.lead else []), *paragraphs])
    people: list[PersonMention] = []
    article = Article(
        url=canonical_link(page.tree, capture.url, portal.trailing_slash) or capture.url,
        portal_key=portal.key,
        title=page.title,
        lead=page.lead,
        text=body_text,
        author=byline.author,
        source_credit=byline.source_credit,
        published_at=published.value,
        published_raw=published.raw,
        date_method=published.method,
        date_confidence=published.confidence,
        updated_at=find_updated_date(page.tree, html, date_xpaths=portal.date_xpaths, now=captured),
        text_hash=text_hash(body_text),
        departments=article_departments(
            [page.title, page.lead or "", body_text], portal, author=byline.author,
            when=published.value.astimezone(VN_TZ).date(), people=people,
        ),
        documents=find_documents("\n".join([page.title, page.lead or "", body_text])),
        people=people,
        sentences=seg.sentences,
        segmented=seg.segmented,
        sentence_count=len(seg.sentences),
        word_count=seg.word_count,
        processed_with=versions(options),
    )
    return _styled(article, options.tone_style)
