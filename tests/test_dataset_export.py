"""Dataset exports: formats, sharding, round trips, manifest and card, reproducibility, atomicity."""
from __future__ import annotations

import gzip
import hashlib
import json
import os

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

import harvester.export as export_module
import models
from harvester.cli import cli
from harvester.errors import InputError
from harvester.export import article_id, export, json_line, parse_target, sentences
from harvester.query import Filters
from tests.planted import build


@pytest.fixture
def planted(engine):
    build(engine)
    return engine


def read_jsonl(path):
    if str(path).endswith(".gz"):
        data = gzip.decompress(path.read_bytes())
    elif str(path).endswith(".zst"):
        import zstandard

        data = zstandard.ZstdDecompressor().stream_reader(path.read_bytes()).read()
    else:
        data = path.read_bytes()
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def db_articles(engine) -> dict[str, models.Article]:
    with models.session_factory(engine)() as s:
        return {a.url: a for a in s.scalars(select(models.Article))}


def files(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_targets_are_named_by_their_extension():
    assert parse_target("d/ds.jsonl.gz").ext == ".jsonl.gz"
    assert parse_target("d/ds.csv.zst").ext == ".csv.zst"
    assert parse_target("d/ds", "parquet").shard(3).name == "ds-00003.parquet"
    assert parse_target("d/ds").shard(None).name == "ds.jsonl"
    assert parse_target("d/ds.jsonl.gz").manifest.name == "ds.manifest.json"
    for bad, fmt, message in [("ds.xml", "xml", "unknown format"), ("ds.jsonl", "csv", "is a jsonl name"),
                              ("ds.parquet.gz", None, "compresses"), (".jsonl", None, "give the dataset a name")]:
        with pytest.raises(InputError, match=message):
            parse_target(bad, fmt)


def test_sentences_are_cut_from_the_original_spelling():
    text = "Sáng 18/6, Ban Tuyên giáo Huyện uỷ họp.\nUỷ ban MTTQ dự."
    segmented = "Sáng 18/6 , Ban_Tuyên_giáo Huyện_ủy họp .\nỦy_ban MTTQ dự ."
    assert sentences(text, segmented) == ["Sáng 18/6, Ban Tuyên giáo Huyện uỷ họp.", "Uỷ ban MTTQ dự."]
    assert sentences(text.replace("dự", "dự_án"), segmented.replace("dự", "dự_án")) == [
        "Sáng 18/6, Ban Tuyên giáo Huyện uỷ họp.", "Uỷ ban MTTQ dự_án."]  # the text's own "_": looked up
    assert sentences("abc", "x_y") == ["x y"]  # a line that cannot be aligned is kept as segmented


def _naive_sentences(text, segmented):
    """The rule sentences() implements, character by character."""
    from harvester.export import _aligned

    if not segmented:
        return []
    counts = [sum(c not in " _\t\r" for c in line) for line in segmented.split("\n")]
    positions = [i for i, c in enumerate(text) if c not in " \n\t\r"]
    if "_" in text or not all(counts) or sum(counts) != len(positions):
        return _aligned(text, segmented)
    out, done = [], 0
    for n in counts:
        out.append(text[positions[done]:positions[done + n - 1] + 1])
        done += n
    return out


_letters = st.sampled_from(list("aăâbđeêoôơuưyàảãáạằẳẵắặầẩẫấậỳỷỹýỵ.,;") + ["Hoá", "\U0001d400", "\x0b", "\x1f", "\x00"])
_separators = st.sampled_from([" ", "  ", "\n", "\t", "\r", "_", " \n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.lists(_letters, min_size=1, max_size=4), _separators), max_size=12),
       st.lists(st.sampled_from([" ", "_", "\n", "\t", "\r", "x"]), max_size=12), st.booleans())
def test_sentences_follow_the_character_rule(words, seg_separators, garble):
    text = "".join("".join(w) + sep for w, sep in words)
    # Segmented like the segmenter: the same characters, other separators (or a garbled copy).
    seps = iter(seg_separators)
    segmented = "".join("".join(w) + next(seps, " ") for w, _ in words).strip(" ")
    if garble:
        segmented = segmented[::-1]
    assert sentences(text, segmented) == _naive_sentences(text, segmented)


# Any text (quotes, backslashes, control characters, U+2028, astral planes), nested values
# and floats (1e-05): each record is one line of JSON holding the same values.
_text = st.text(st.characters(blacklist_categories=("Cs",)))
_scalar = st.one_of(st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1),
                    st.floats(allow_nan=False, allow_infinity=False), _text)
_nested = st.recursive(_scalar, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(_text, inner, max_size=4)), max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_text, st.one_of(_nested, st.lists(_text, max_size=5)), max_size=8))
def test_json_lines_hold_the_records_values_on_one_line(rec):
    line = json_line(rec)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line.decode("utf-8")) == rec


def test_jsonl_round_trip_with_datasets_matches_the_database(planted, tmp_path, monkeypatch):
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    tmp_path = tmp_path / "ds"
    tmp_path.mkdir()
    result = export(planted, tmp_path / "ds.jsonl.gz", shard_records=3, batch=2, tokens=True)  # rows two by two
    assert [s.path.name for s in result.shards] == ["ds-00000.jsonl.gz", "ds-00001.jsonl.gz", "ds-00002.jsonl.gz"]
    # The folder, as the card says: its header names the files and their types.
    ds = datasets.load_dataset(str(tmp_path), split="train", cache_dir=str(tmp_path.parent / "hf-cache"))
    assert ds.num_rows == 7
    stored = db_articles(planted)
    for row in ds:
        article = stored[row["metadata"]["url"]]
        assert row["id"] == article_id(article.url)
        assert row["text"] == article.text and row["segmented"] == article.segmented
        assert row["metadata"]["title"] == article.title
        assert row["metadata"]["text_hash"] == article.text_hash
        assert row["created"] == article.published_at  # a time in Asia/Ho_Chi_Minh, as the card types it
        assert row["created"].utcoffset().total_seconds() == 7 * 3600
        assert row["metadata"]["capture_source"] == "live"
        assert row["metadata"]["processed_with"]["tone_style"] == "new"
    created = [r["created"] for r in ds]
    assert created == sorted(created)
    # One file by its name, types inferred (the brief's way of loading).
    export(planted, tmp_path / "one.jsonl")
    one = datasets.load_dataset("json", data_files=str(tmp_path / "one.jsonl"), split="train",
                                cache_dir=str(tmp_path.parent / "hf-cache"))
    assert one["id"] == ds["id"]


def test_records_name_the_successor_province_and_capture(planted, tmp_path):
    export(planted, tmp_path / "ds.jsonl.zst", tokens=True)
    recs = read_jsonl(tmp_path / "ds.jsonl.zst")
    district = next(r for r in recs if r["source"] == "thanhhoa-test")["metadata"]
    assert (district["province"], district["district"], district["successor_province"]) == \
        ("Long An", "Thạnh Hoá", "Tây Ninh")
    assert {r["metadata"]["capture_source"] for r in recs} == {"live"}
    assert all(r["metadata"]["cluster"] is None for r in recs)  # not clustered yet (harvester dedup)
    assert all("sentences" in r and r["sentences"][0] == r["metadata"]["title"] for r in recs)


def test_the_same_corpus_gives_byte_identical_files(planted, tmp_path):
    for fmt_name in ("ds.jsonl.gz", "ds.jsonl.zst", "ds.parquet", "ds.csv.gz"):
        a, b = tmp_path / f"a-{fmt_name}", tmp_path / f"b-{fmt_name}"
        a.mkdir(), b.mkdir()
        # Three articles a chunk, encoded by two worker processes, against one chunk encoded here.
        ra = export(planted, a / fmt_name, shard_records=4, dedup=True, tokens=True, batch=3, workers=2)
        rb = export(planted, b / fmt_name, shard_records=4, dedup=True, tokens=True, workers=0)
        assert [s.sha256 for s in ra.shards] == [s.sha256 for s in rb.shards]
        fa, fb = files(a), files(b)
        shard_names = [s.path.name for s in ra.shards]
        assert len(shard_names) == 2 and all(fa[n] == fb[n] for n in shard_names)
        manifest = json.loads(fa["ds.manifest.json"])
        assert [s["sha256"] for s in manifest["shards"]] == [hashlib.sha256(fa[n]).hexdigest() for n in shard_names]
    raw = gzip.decompress((tmp_path / "a-ds.jsonl.gz" / "ds-00000.jsonl.gz").read_bytes()).decode("utf-8")
    assert "exported_at" not in raw
    header = (tmp_path / "a-ds.jsonl.gz" / "ds-00000.jsonl.gz").read_bytes()[:10]
    assert header[4:8] == b"\0\0\0\0"  # gzip mtime 0


def test_an_interrupted_export_leaves_nothing_under_the_final_names(planted, tmp_path, monkeypatch):
    before = export(planted, tmp_path / "ds.jsonl.gz", shard_records=2)
    kept = files(tmp_path)
    real, calls = export_module.record, []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 5:  # after two shards were complete
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(export_module, "record", failing)
    with pytest.raises(KeyboardInterrupt):
        export(planted, tmp_path / "ds.jsonl.gz", shard_records=2, tokens=False)
    with pytest.raises(KeyboardInterrupt):
        calls.clear()
        export(planted, tmp_path / "new.parquet", shard_records=2)
    fifth = read_jsonl(before.shards[2].path)[0]["metadata"]["url"]

    def failing_in_a_worker(article, *args, **kwargs):
        if article.url == fifth:
            raise KeyboardInterrupt
        return real(article, *args, **kwargs)

    monkeypatch.setattr(export_module, "record", failing_in_a_worker)
    with pytest.raises(KeyboardInterrupt):  # raised in one of two worker processes, one article a job
        export(planted, tmp_path / "ds.jsonl.gz", shard_records=2, batch=1, workers=2)
    assert files(tmp_path) == kept  # the earlier export is whole; no partial file anywhere
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    assert len(before.shards) == 4


def test_resharding_removes_the_previous_exports_files(planted, tmp_path):
    tmp_path = tmp_path / "ds"
    tmp_path.mkdir()
    export(planted, tmp_path / "ds.jsonl", shard_records=2)
    result = export(planted, tmp_path / "ds.jsonl")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md", "ds.jsonl", "ds.manifest.json"]
    assert [p.name for p in result.removed] == [f"ds-0000{i}.jsonl" for i in range(4)]


def test_shards_by_size(planted, tmp_path):
    result = export(planted, tmp_path / "ds.jsonl", shard_size_mb=0.004)
    assert len(result.shards) > 2 and sum(s.records for s in result.shards) == 7
    for shard in result.shards[:-1]:
        assert shard.bytes >= 4000 and shard.records >= 1


def test_parquet_and_csv_are_readable_by_pandas(planted, tmp_path):
    pd = pytest.importorskip("pandas")
    export(planted, tmp_path / "ds.parquet", dedup=True)
    frame = pd.read_parquet(tmp_path / "ds.parquet")
    assert len(frame) == 5 and list(frame.columns)[:6] == ["id", "text", "source", "added", "created", "metadata"]
    first = frame.iloc[0]
    assert first["metadata"]["url"] and isinstance(first["metadata"]["departments"][0]["name"], str)
    assert dict(first["metadata"]["processed_with"])["tone_style"] == "new"

    export(planted, tmp_path / "ds.csv", tokens=False)
    raw = (tmp_path / "ds.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,source,created")  # the BOM Excel needs to read UTF-8
    table = pd.read_csv(tmp_path / "ds.csv", encoding="utf-8-sig")
    assert len(table) == 7 and "segmented" not in table.columns
    stored = db_articles(planted)
    for _, row in table.iterrows():
        assert row["text"] == stored[row["url"]].text  # newlines survive quoting
    assert "Ban Tuyên giáo Huyện uỷ Thạnh Hoá (publisher)" in set(table["departments"].str.split("; ").explode())


def test_jsonl_is_readable_by_pandas_and_pyarrow(planted, tmp_path):
    pd = pytest.importorskip("pandas")
    import pyarrow.json as pj

    export(planted, tmp_path / "ds.jsonl")
    frame = pd.read_json(tmp_path / "ds.jsonl", lines=True)
    table = pj.read_json(tmp_path / "ds.jsonl")
    assert len(frame) == table.num_rows == 7


def test_manifest_and_card(planted, tmp_path):
    result = export(planted, tmp_path / "ds.jsonl.gz", Filters(portals=("thanhhoa-test", "longan-test")), tokens=True,
                    license="cc-by-nc-4.0", pretty_name="Tin Long An", command=["harvester", "export"])
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["records"] == 6 and manifest["counts"]["by_source"] == {"longan-test": 3, "thanhhoa-test": 3}
    assert manifest["filters"]["portals"] == ["thanhhoa-test", "longan-test"]
    assert manifest["database"]["url"].endswith("corpus.sqlite") and manifest["database"]["schema_version"] == models.SCHEMA_VERSION
    assert manifest["code"]["schema_version"] == models.SCHEMA_VERSION
    assert manifest["code"]["processed_with"][0]["records"] == 6
    assert "FROM articles" in manifest["query"]["sql"] and manifest["command"] == ["harvester", "export"]
    shard = manifest["shards"][0]
    assert shard["file"] == "ds.jsonl.gz" and shard["sha256"] == hashlib.sha256(
        (tmp_path / "ds.jsonl.gz").read_bytes()).hexdigest()
    card = result.card.read_text(encoding="utf-8")
    assert result.card.name == "README.md"
    yaml = pytest.importorskip("yaml")
    header = yaml.safe_load(card.split("---\n")[1])
    assert header["language"] == ["vi"] and header["license"] == "cc-by-nc-4.0"
    assert header["pretty_name"] == "Tin Long An" and header["size_categories"] == ["n<1K"]
    assert "text-generation" in header["task_categories"]
    assert header["configs"][0]["data_files"][0]["path"] == "ds.jsonl.gz"
    assert "| `metadata.successor_province` |" in card and "| `longan-test` | 3 |" in card
    types = {f["name"]: f for f in header["dataset_info"]["features"]}
    assert types["sentences"] == {"name": "sentences", "sequence": "string"}
    assert header["dataset_info"]["splits"] == [{"name": "train", "num_examples": 6}]


def test_a_readme_that_is_not_a_card_is_left_alone(planted, tmp_path):
    (tmp_path / "README.md").write_text("# my notes\n", encoding="utf-8")
    result = export(planted, tmp_path / "ds.csv")
    assert result.card.name == "ds.README.md"
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "# my notes\n"


# -- the command line ----------------------------------------------------------

def cli_run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_export_command_options(planted, tmp_path):
    db = planted.url.database
    result = cli_run("export", tmp_path / "ds.jsonl.gz", "--db", db, "--shard-records", "3", "--dedup",
                     "--license", "cc-by-4.0", "--name", "Tin huyện", "--no-tokens", "--portal", "thanhhoa-test",
                     "--portal", "longan-test", "--portal", "baolongan-test", "--since", "2024-01-01")
    assert result.exit_code == 0, result.output
    assert "Wrote 3 article(s) to 1 files" not in result.output
    assert "Wrote 3 article(s) to " in result.output and "2 duplicate(s) left out" in result.output
    recs = read_jsonl(tmp_path / "ds-00000.jsonl.gz")
    assert len(recs) == 3 and "segmented" not in recs[0] and "duplicates" in recs[0]["metadata"]
    manifest = json.loads((tmp_path / "ds.manifest.json").read_text(encoding="utf-8"))
    assert manifest["license"] == "cc-by-4.0" and manifest["filters"]["since"] == "2024-01-01"
    assert manifest["command"][:2] == ["harvester", "export"] or manifest["command"][0] == "harvester"
    assert "Tin huyện" in (tmp_path / "README.md").read_text(encoding="utf-8")

    assert cli_run("export", tmp_path / "p", "--format", "parquet", "--db", db).exit_code == 0
    assert (tmp_path / "p.parquet").exists()
    assert cli_run("export", tmp_path / "c.csv.gz", "--db", db, "--shard-size-mb", "0.01").exit_code == 0
    assert gzip.decompress((tmp_path / "c-00000.csv.gz").read_bytes()).startswith("\ufeffid".encode())
    assert cli_run("export", tmp_path / "z.jsonl.zst", "--db", db, "--department", "Huyện ủy Thạnh Hóa",
                   "--cites", "35-NQ/TW").exit_code == 0
    assert [r["metadata"]["url"].endswith("quan-triet-nghi-quyet-35.311") for r in read_jsonl(tmp_path / "z.jsonl.zst")] == [True]


@pytest.mark.parametrize("args, message", [
    (["{tmp}/ds.xml", "--format", "xml"], "Error: unknown format 'xml'"),
    (["{tmp}/ds.jsonl", "--format", "parquet"], "Error: ds.jsonl is a jsonl name but --format is parquet"),
    (["{tmp}/missing/ds.jsonl"], "does not exist"),
    (["{tmp}/afile/ds.jsonl"], "is not a folder"),
    (["{tmp}/readonly/ds.jsonl"], "is not writable"),
    (["{tmp}/ds.jsonl", "--shard-records", "0"], "Error: --shard-records: '0' is not a whole number above 0"),
    (["{tmp}/ds.jsonl", "--shard-size-mb", "lots"], "Error: --shard-size-mb: 'lots' is not a number"),
])
def test_export_bad_input_is_one_line(planted, tmp_path, monkeypatch, args, message):
    (tmp_path / "afile").write_text("x")
    (tmp_path / "readonly").mkdir()
    real_access = os.access
    monkeypatch.setattr(export_module.os, "access",  # root may write anywhere: the check is what counts
                        lambda p, mode: False if str(p).endswith("readonly") else real_access(p, mode))
    result = cli_run("export", *[a.format(tmp=tmp_path) for a in args], "--db", planted.url.database)
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) == 1, result.output
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith((".partial", ".manifest.json"))]


@pytest.mark.parametrize("name", ["ds.csv.gz", "ds.parquet"])
def test_sharded_csv_and_parquet_load_as_the_card_says(planted, tmp_path, monkeypatch, name):
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    folder = tmp_path / "ds"
    folder.mkdir()
    export(planted, folder / name, shard_records=3, dedup=True)  # the first file has no cited documents
    ds = datasets.load_dataset(str(folder), split="train", cache_dir=str(tmp_path / "hf-cache"))
    assert ds.num_rows == 5
    urls = [row["url"] if "url" in row else row["metadata"]["url"] for row in ds]
    assert len(set(urls)) == 5


def _related_rows_corpus(engine):
    """Two articles whose related rows were stored out of role order, with several captures each:
    every value explicit (no time of insertion), so two databases hold the same corpus."""
    from datetime import datetime, timezone

    from pipelines.store import ensure_portal
    from tests.conftest import DISTRICT

    t = lambda day, hour=8: datetime(2024, 3, day, hour, tzinfo=timezone.utc)  # noqa: E731
    with models.session_factory(engine).begin() as s:
        portal_id = ensure_portal(s, DISTRICT)
        bodies = [models.Department(name=name, kind=kind, level="huyện", locality="Thạnh Hoá", aliases=[])
                  for name, kind in (("Uỷ ban MTTQ Việt Nam huyện Thạnh Hoá", "Mặt trận"),
                                     ("Ban Tuyên giáo Huyện uỷ Thạnh Hoá", "Ban Tuyên giáo"),
                                     ("Huyện uỷ Thạnh Hoá", "Huyện uỷ"),
                                     ("UBND huyện Thạnh Hoá", "UBND"))]
        docs = [models.DocumentRef(number="35-NQ/TW", kind="NQ", issuer="TW", level="Trung ương", year=2018),
                models.DocumentRef(number="01-CT/HU", kind="CT", issuer="HU", level="huyện", year=None)]
        s.add_all(bodies + docs)
        s.flush()
        for i, (day, sources) in enumerate(((12, ["live", "wayback"]), (14, ["warc"]))):
            url = f"https://thanhhoa.test.invalid/bai-{i}.311"
            text = f"Ban Tuyên giáo Huyện uỷ Thạnh Hoá tổ chức hội nghị lần {i + 1}.\nCác đại biểu thảo luận sôi nổi."
            article = models.Article(
                url=url, portal_id=portal_id, title=f"Hội nghị lần {i + 1}", lead=None, text=text, author="Thanh Nga",
                published_at=t(day), published_raw=f"{day}/03/2024", date_method="date-area",
                date_confidence=0.00001 if i else 0.85, language="vi", text_hash=f"{i:064d}", sentence_count=2,
                word_count=len(text.split()), segmented=f"Hội_nghị lần {i + 1}\n" + text.replace("Huyện uỷ", "Huyện_uỷ").replace(".", " ."),
                processed_with={"tone_style": "new", "extractor": "test"}, first_seen=t(day, 9),
                last_processed=t(day, 9))
            s.add(article)
            s.flush()
            for body, role in ((bodies[0], "mentioned"), (bodies[3], "author"), (bodies[1], "publisher"),
                               (bodies[2], "mentioned")):
                s.add(models.ArticleDepartment(article_id=article.id, department_id=body.id, role=role, count=2))
            for doc in (docs[1], docs[0]):
                s.add(models.ArticleDocumentRef(article_id=article.id, document_id=doc.id, count=1))
            for name, title in (("Nguyễn Văn An", "Bí thư Huyện uỷ"), ("Trần Thị Bình", "Chủ tịch UBND huyện")):
                s.add(models.ArticlePerson(article_id=article.id, name=name, title=title))
            for k, source in enumerate(sources):  # the last one is the newest (a tie broken by id)
                s.add(models.Capture(url=url, portal_key=DISTRICT.key, fetched_at=t(day, 9 + min(k, 1)),
                                     source=source, status=200, headers={}, body_gz=b"", body_hash="0" * 64))
    return engine


def test_related_rows_keep_role_then_storage_order(engine, tmp_path):
    export(_related_rows_corpus(engine), tmp_path / "ds.jsonl", tokens=True)
    first, second = read_jsonl(tmp_path / "ds.jsonl")
    md = first["metadata"]
    assert [(d["name"], d["role"]) for d in md["departments"]] == [
        ("Ban Tuyên giáo Huyện uỷ Thạnh Hoá", "publisher"), ("UBND huyện Thạnh Hoá", "author"),
        ("Uỷ ban MTTQ Việt Nam huyện Thạnh Hoá", "mentioned"), ("Huyện uỷ Thạnh Hoá", "mentioned")]
    assert [d["number"] for d in md["documents"]] == ["01-CT/HU", "35-NQ/TW"]  # as stored
    assert md["documents"][0]["year"] is None and md["documents"][1]["year"] == 2018
    assert [p["name"] for p in md["people"]] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert md["capture_source"] == "wayback" and second["metadata"]["capture_source"] == "warc"
    assert md["district"] == "Thạnh Hoá"  # the registry spells it "Thạnh Hóa": records keep the corpus spelling
    assert first["sentences"] == ["Hội nghị lần 1", "Ban Tuyên giáo Huyện uỷ Thạnh Hoá tổ chức hội nghị lần 1.",
                                  "Các đại biểu thảo luận sôi nổi."]
    assert second["metadata"]["date_confidence"] == 0.00001


def test_sqlite_and_postgresql_export_the_same_bytes(engine, pg_engine, tmp_path):
    out = {}
    for name, eng in (("sqlite", engine), ("postgresql", pg_engine)):
        _related_rows_corpus(eng)
        for target in ("a.jsonl", "b.csv", "c.parquet"):
            (tmp_path / name).mkdir(exist_ok=True)
            # One article per chunk: the related rows' queries run between fetches of the id cursor.
            export(eng, tmp_path / name / target, batch=1)
        out[name] = {k: v for k, v in files(tmp_path / name).items() if not k.endswith(".manifest.json")}
    assert out["sqlite"] == out["postgresql"] and len(out["sqlite"]) == 4  # three formats and the card
