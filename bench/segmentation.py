"""Word segmentation quality and speed on our hand-segmented gold, beside plain underthesea.

    .venv/bin/python bench/segmentation.py [--write]
    .venv/bin/python bench/segmentation.py --quick    # first 40 sentences (CI smoke run)
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from underthesea import word_tokenize  # noqa: E402

from harvester.segeval import read_gold, score  # noqa: E402
from pipelines.tokenize import segment_sentence  # noqa: E402
from report import replace_block  # noqa: E402



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--quick", action="store_true", help="first 40 sentences")
    args = parser.parse_args()
    gold = read_gold()[:40] if args.quick else read_gold()
    word_tokenize("khởi động"), segment_sentence("khởi động")  # models loaded outside the clocks
    rows = ["| segmenter | precision | recall | F1 | sentences/s |", "|---|---|---|---|---|"]
    for name, fn in (("plain underthesea `word_tokenize`", word_tokenize),
                     ("project (`pipelines.tokenize`)", lambda s: list(segment_sentence(s)))):
        segment_sentence.cache_clear()
        started = time.perf_counter()
        r = score(gold, fn)
        rate = r.sentences / (time.perf_counter() - started)
        rows.append(f"| {name} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | {rate:.0f} |")
    text = f"{len(gold)} sentences, {sum(map(len, gold))} gold words.\n\n" + "\n".join(rows)
    print(text)
    if args.write:
        replace_block("segmentation", text)


if __name__ == "__main__":
    main()
