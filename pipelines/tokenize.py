"""Sentence and word segmentation with underthesea, with the domain kept whole.

underthesea's CRF segmenter is used as it ships, with three things it does not do:

- Party, state and Front body names ("Ban Tuyên giáo", "Huyện ủy", "Ủy ban Kiểm tra")
  and place names are fixed words, and a word the CRF builds across two of them
  ("Huyện ủy Thạnh Hóa") or across one and its neighbour is split back apart;
- document numbers, dates, times and numbers are one token each ("35-NQ/TW",
  "17/01/2024", "08:39", "94,2%") and never swallow a neighbouring word (the plain
  segmenter makes "17/01/2024 Ban" one word);
- no character changes: underthesea's word_tokenize re-normalizes characters and
  tone placement of every token ("hoà" comes back "hòa"); here tokens are exact
  slices of the input, so segmentation only ever adds "_" between syllables.

Repeated sentences (datelines, standard closings, boilerplate) are segmented once
per worker process; the cache returns exactly what segmenting again would.

Segmented text joins the syllables of one word with "_" and puts one sentence a line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from os.path import dirname, join


from pipelines.normalize import apply_tone_style
from pipelines.terms import domain_terms

SEGMENTER_VERSION = f"underthesea-{version('underthesea')}+domain-2"

_WORDLIKE = re.compile(r"\w", re.UNICODE)
# One token each; the regex tokenizer cuts some of them into pieces.
_PROTECTED = re.compile(
    r"\d+[-/.]?\d*(?:-[A-ZĐ&]+(?:/[A-ZĐ&\-]+)*|/[A-ZĐ]+(?:[-/][A-ZĐ&]+)*)"  # 35-NQ/TW, 123/QĐ-UBND, 05/2023/NĐ-CP
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"  # 17/01/2024, 6-1-2022
    r"|\d{1,2}:\d{2}(?::\d{2})?"  # 08:39
    r"|\d+(?:[.,]\d+)*%?"  # 1.234  94,2%
)
# What repeats across pages is boilerplate (datelines, closings, chrome lines that survive
# extraction): a few thousand sentences per portal. Each cached sentence costs about 2.6 KB,
# and the cache fills with sentences that never come back: at 100,000 it grew a worker by
# ~260 MB over a long crawl (bench/crawl.py), at 10,000 it stops near 26 MB.
CACHE_SIZE = 10_000
_MODEL_PLACEMENT = "new"


@dataclass(frozen=True)
class Segmented:
    sentences: list[str]
    segmented: str  # one sentence a line, words joined with "_"
    word_count: int


@lru_cache(maxsize=1)
def _underthesea():
    """underthesea, loaded on first use: the crawler process imports this module only for
    SEGMENTER_VERSION (its workers segment), and loading underthesea costs it ~70 MB."""
    from pipelines import underthesea_import

    return underthesea_import


@lru_cache(maxsize=1)
def _model():
    # The model underthesea's word_tokenize loads, loaded once per process; underthesea itself
    # first, through the module that undoes its logging set-up.
    _underthesea()
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    import underthesea.pipeline.word_tokenize as wt

    model = FastCRFSequenceTagger()
    model.load(join(dirname(wt.__file__), "models", "ws_crf_vlsp2013_20230727"))
    return model


@lru_cache(maxsize=1)
def _fixed() -> tuple[tuple[str, ...], frozenset[str]]:
    terms = tuple(sorted(domain_terms(), key=len, reverse=True))
    return terms, frozenset(terms)


def _spans(sentence: str, tokens: list[str]) -> list[tuple[int, int]]:
    spans, at = [], 0
    for token in tokens:
        start = sentence.find(token, at)
        if start < 0:  # cannot happen for exact slices; keep going rather than fail a page
            start = at
        spans.append((start, start + len(token)))
        at = start + len(token)
    return spans


def _merge_protected(sentence: str, tokens: list[str]) -> tuple[list[str], set[int]]:
    """Re-join pieces of document numbers, dates and numbers; return tokens and protected indexes."""
    spans = _spans(sentence, tokens)
    out: list[str] = []
    protected: set[int] = set()
    i = 0
    for m in _PROTECTED.finditer(sentence):
        a, b = m.span()
        while i < len(tokens) and spans[i][1] <= a:
            out.append(tokens[i])
            i += 1
        j = i
        while j < len(tokens) and spans[j][0] >= a and spans[j][1] <= b:
            j += 1
        if j > i and spans[i][0] == a and spans[j - 1][1] == b:
            protected.add(len(out))
            out.append(sentence[a:b])
            i = j
    out.extend(tokens[i:])
    return out, protected


def _split_units(words: list[list[int]], tokens: list[str], units: set[int]) -> list[list[int]]:
    """A CRF word holding a fixed term or protected token is cut so that unit stands alone."""
    out: list[list[int]] = []
    for word in words:
        if len(word) == 1 or not any(t in units for t in word):
            out.append(word)
            continue
        run: list[int] = []
        for t in word:
            if t in units:
                if run:
                    out.append(run)
                    run = []
                out.append([t])
            else:
                run.append(t)
        if run:
            out.append(run)
    return out


@lru_cache(maxsize=CACHE_SIZE)
def segment_sentence(sentence: str) -> tuple[str, ...]:
    """The words of one sentence, each an exact slice of it (syllables separated by spaces)."""
    fixed, fixed_set = _fixed()
    # The model reads one tone placement best: on our gold, F1 0.959 reading "hoà" (new)
    # against 0.950 reading "hòa" (old), whichever the text used. Read that spelling, cut
    # the original: moving a tone mark keeps every character's position.
    probe = apply_tone_style(sentence, _MODEL_PLACEMENT)
    raw = _underthesea().regex_tokenize.tokenize(probe, use_character_normalize=False, use_token_normalize=False,
                                  fixed_words=list(fixed))
    raw = [sentence[a:b] for a, b in _spans(probe, raw)]
    tokens, protected = _merge_protected(sentence, raw)
    units = protected | {i for i, t in enumerate(tokens) if apply_tone_style(t, _MODEL_PLACEMENT) in fixed_set}
    tags = _model().predict([[apply_tone_style(t, _MODEL_PLACEMENT)] for t in tokens]) if tokens else []
    words: list[list[int]] = []
    for i, tag in enumerate(tags):
        if tag == "I-W" and words:
            words[-1].append(i)
        else:
            words.append([i])
    return tuple(" ".join(tokens[i] for i in word) for word in _split_units(words, tokens, units))


def segment(paragraphs: list[str]) -> Segmented:
    sentences: list[str] = []
    lines: list[str] = []
    words = 0
    for paragraph in paragraphs:
        for sentence in _underthesea().sent_tokenize(paragraph):
            sentence = sentence.strip()
            if not sentence:
                continue
            tokens = [w.replace(" ", "_") for w in segment_sentence(sentence)]
            sentences.append(sentence)
            lines.append(" ".join(tokens))
            words += sum(1 for t in tokens if _WORDLIKE.search(t))
    return Segmented(sentences=sentences, segmented="\n".join(lines), word_count=words)
