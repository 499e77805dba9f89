"""Sentence and word segmentation with underthesea.

Segmented text joins the syllables of one word with "_" (the convention of
Vietnamese NLP corpora) and puts one sentence per line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.metadata import version

from underthesea import sent_tokenize, word_tokenize

SEGMENTER_VERSION = f"underthesea-{version('underthesea')}"

_WORDLIKE = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Segmented:
    sentences: list[str]
    segmented: str  # one sentence a line, words joined with "_"
    word_count: int


def segment(paragraphs: list[str]) -> Segmented:
    sentences: list[str] = []
    lines: list[str] = []
    words = 0
    for paragraph in paragraphs:
        for sentence in sent_tokenize(paragraph):
            sentence = sentence.strip()
            if not sentence:
                continue
            tokens = [t.replace(" ", "_") for t in word_tokenize(sentence)]
            sentences.append(sentence)
            lines.append(" ".join(tokens))
            words += sum(1 for t in tokens if _WORDLIKE.search(t))
    return Segmented(sentences=sentences, segmented="\n".join(lines), word_count=words)
