from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from harvester.errors import InputError
from harvester.export import article_id, export_jsonl
from harvester.query import Filters


def read(path):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_export_records_follow_corpus_layout(corpus, tmp_path):
    out = tmp_path / "ds.jsonl"
    assert export_jsonl(corpus, out, tokens=True) == 3
    raw = out.read_text(encoding="utf-8")
    assert "\\u" not in raw and "Thạnh Hoá" in raw  # readable Vietnamese
    recs = read(out)
    assert [r["created"][:10] for r in recs] == ["2022-01-19", "2022-05-22", "2024-06-18"]  # oldest first
    r = recs[2]
    assert set(r) == {"id", "text", "source", "added", "created", "metadata", "segmented", "sentences"}
    whole = "".join(filter(None, (r["metadata"]["title"], r["metadata"]["lead"], r["text"])))
    assert "".join(r["sentences"]).replace(" ", "") == whole.replace(" ", "").replace("\n", "")
    assert len(r["sentences"]) == len(r["segmented"].splitlines()) and r["sentences"][0] == r["metadata"]["title"]
    assert r["id"] == article_id(r["metadata"]["url"])
    assert r["source"] == "thanhhoa-test"
    assert r["created"] == "2024-06-18T08:39:00+07:00"
    md = r["metadata"]
    assert md["author"] == "Huỳnh Hương" and md["district"] == "Thạnh Hoá"
    assert md["departments"][0] == {"name": "Ban Tuyên giáo Huyện uỷ Thạnh Hoá", "kind": "Ban Tuyên giáo",
                                    "level": "huyện", "locality": "Thạnh Hoá", "role": "publisher", "count": 1}
    assert md["date_method"] == "date-area" and md["published_raw"]
    assert set(md["processed_with"]) >= {"extractor", "segmenter", "normalizer"}
    assert "Nghị_quyết" in r["segmented"]


def test_export_ids_are_stable_and_filters_apply(corpus, tmp_path):
    a, b = tmp_path / "a.jsonl.gz", tmp_path / "b.jsonl"
    export_jsonl(corpus, a, tokens=False)
    export_jsonl(corpus, b, Filters(since=date(2024, 1, 1)))
    ra, rb = read(a), read(b)
    assert "segmented" not in ra[0]
    assert [r["id"] for r in rb] == [ra[2]["id"]]


def test_export_to_missing_folder_fails_cleanly(corpus, tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        export_jsonl(corpus, tmp_path / "nope" / "x.jsonl")
    assert not list(tmp_path.glob("**/*.partial"))
