"""Duplicate clusters: exact copies (same text hash) and near copies (MinHash LSH).

District news is republished by provincial newspapers, often with an edited title,
a lead or an extra paragraph. Two articles are near-duplicates when the Jaccard
similarity of their sets of word shingles (runs of `shingle` consecutive words of
the normalized text: NFC, one tone placement, case-folded, punctuation dropped) is
at least `threshold`, estimated from `num_perm` MinHash permutations (`datasketch`);
locality-sensitive hashing, banded for `threshold - 0.1` so that pairs just above the
threshold are not lost, finds the candidate pairs, and each candidate is kept only when
its estimated similarity reaches the threshold. Clusters are the
connected components of those pairs (so a chain A~B~C is one cluster).

Articles are added earliest first; the representative of a cluster is the first
article added to it. Everything here is pure: the database glue is in
`harvester/clusters.py`.

Memory: one signature (num_perm × 8 bytes, 1 KiB at 128) and one LSH entry per
distinct text, plus a text hash per article; 100,000 articles take about 250 MB.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from pipelines.normalize import apply_tone_style

DEFAULT_THRESHOLD = 0.8
DEFAULT_NUM_PERM = 128
DEFAULT_SHINGLE = 5  # words (Vietnamese syllables): about two or three lexical words
SEED = 1

_WORD = re.compile(r"\w+")
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_P = np.uint64(1_000_003)


def check_threshold(threshold: float) -> float:
    """A Jaccard threshold in (0, 1]; 1 keeps exact duplicates only."""
    try:
        value = float(threshold)
    except (TypeError, ValueError):
        raise ValueError(f"threshold {threshold!r} is not a number between 0 and 1") from None
    if not 0 < value <= 1 or value != value:
        raise ValueError(f"threshold {threshold!r} is not between 0 (excluded) and 1")
    return value


def words(text: str) -> list[str]:
    """The words of a text as compared: NFC, old tone placement, case-folded, no punctuation."""
    text = apply_tone_style(unicodedata.normalize("NFC", text), "old").casefold()
    return _WORD.findall(text)


@lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=4).digest(), "little")


def shingle_hashes(text: str, size: int = DEFAULT_SHINGLE) -> np.ndarray:
    """32-bit hashes of the distinct word shingles of `text` (a text shorter than `size`
    words is one shingle). Deterministic across processes and machines."""
    toks = np.fromiter((_word_hash(w) for w in words(text)), dtype=np.uint64)
    if len(toks) == 0:
        return np.zeros(0, dtype=np.uint64)
    k = min(size, len(toks))
    n = len(toks) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _P + toks[j:j + n]
        h = (h ^ (h >> np.uint64(29))) * np.uint64(0xBF58476D1CE4E5B9)
        h = (h ^ (h >> np.uint64(32))) & _MAX_HASH
    return np.unique(h)


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    # The same generator and draws as datasketch.MinHash, so signatures are interchangeable.
    gen = np.random.RandomState(seed)
    pairs = np.array([(gen.randint(1, _MERSENNE, dtype=np.uint64), gen.randint(0, _MERSENNE, dtype=np.uint64))
                      for _ in range(num_perm)], dtype=np.uint64).T
    return pairs[0], pairs[1]


def signature(hashes: np.ndarray, num_perm: int = DEFAULT_NUM_PERM) -> np.ndarray:
    """MinHash signature of a set of 32-bit hashes (datasketch's permutation scheme, vectorized)."""
    a, b = _permutations(num_perm)
    if len(hashes) == 0:
        return np.full(num_perm, _MAX_HASH, dtype=np.uint64)
    sig = np.empty(num_perm, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, len(hashes), 4096):  # bounded temporary: 4096 × num_perm
            hv = hashes[start:start + 4096, None]
            chunk = ((hv * a + b) % _MERSENNE & _MAX_HASH).min(axis=0)
            sig = chunk if start == 0 else np.minimum(sig, chunk)
    return sig


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(sig_a == sig_b)) / len(sig_a)


def jaccard(text_a: str, text_b: str, size: int = DEFAULT_SHINGLE) -> float:
    """Exact Jaccard similarity of two texts' shingle sets (for tests and inspection)."""
    a, b = set(shingle_hashes(text_a, size).tolist()), set(shingle_hashes(text_b, size).tolist())
    return len(a & b) / len(a | b) if a | b else 1.0


@dataclass
class ClusterStats:
    articles: int = 0
    exact: int = 0  # articles joined to an earlier one by identical text
    near: int = 0  # candidate pairs kept as near-duplicates


class Clusterer:
    """Add articles earliest first; `representatives()` maps each key to its cluster's first key."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = DEFAULT_NUM_PERM,
                 shingle: int = DEFAULT_SHINGLE):
        self.threshold = check_threshold(threshold)
        self.num_perm, self.shingle = num_perm, shingle
        self.keys: list = []
        self._parent: list[int] = []
        self._by_hash: dict[bytes, int] = {}
        self._signatures: dict[int, np.ndarray] = {}
        self.stats = ClusterStats()
        self._lsh = None
        if self.threshold < 1:
            from datasketch import MinHashLSH

            try:
                # Candidates from a lower band threshold, so pairs near the threshold are not lost to
                # the LSH S-curve; each candidate is then checked against the threshold itself.
                self._lsh = MinHashLSH(threshold=max(0.05, self.threshold - 0.1), num_perm=num_perm)
            except ValueError:  # thresholds near 1 leave datasketch under two bands
                self._lsh = MinHashLSH(num_perm=num_perm, params=(2, num_perm // 2))

    def _find(self, i: int) -> int:
        root = i
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[i] != root:
            self._parent[i], i = root, self._parent[i]
        return root

    def _union(self, i: int, j: int) -> None:
        ri, rj = self._find(i), self._find(j)
        if ri != rj:  # the earlier article stays the root
            self._parent[max(ri, rj)] = min(ri, rj)

    def add(self, key, text: str, text_hash: str | None = None) -> None:
        i = len(self.keys)
        self.keys.append(key)
        self._parent.append(i)
        self.stats.articles += 1
        digest = bytes.fromhex(text_hash) if text_hash else hashlib.sha256(" ".join(words(text)).encode()).digest()
        first = self._by_hash.get(digest)
        if first is not None:
            self._union(first, i)
            self.stats.exact += 1
            return
        self._by_hash[digest] = i
        if self._lsh is None:
            return
        from datasketch import MinHash

        sig = signature(shingle_hashes(text, self.shingle), self.num_perm)
        minhash = MinHash(num_perm=self.num_perm, hashvalues=sig, permutations=_permutations(self.num_perm))
        for j in self._lsh.query(minhash):
            if similarity(sig, self._signatures[j]) >= self.threshold:
                self._union(j, i)
                self.stats.near += 1
        self._lsh.insert(i, minhash, check_duplication=False)
        self._signatures[i] = sig

    def representatives(self) -> dict:
        """Each added key → the key of the first article of its cluster."""
        return {key: self.keys[self._find(i)] for i, key in enumerate(self.keys)}
