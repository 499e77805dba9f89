from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner

from harvester.cli import cli
from tests.conftest import PARAS, article_html

COMMANDS = [["demo"], ["crawl"], ["process"], ["departments"], ["eval"], ["kwic"], ["words"], ["runs"], ["health"], ["serve"], ["dedup"], ["extract"], ["search"], ["stats"], ["export"], ["portals"], ["portals", "list"], ["db"], ["db", "upgrade"], ["db", "status"], ["db", "copy"]]


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def db_path(engine) -> str:
    return engine.url.database


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output and len(result.output.splitlines()) > 3


def test_search_prints_hits_and_json(corpus):
    result = run("search", "nền tảng", "--db", db_path(corpus))
    assert result.exit_code == 0
    assert "2024-06-18  thanhhoa-test  Quán triệt Nghị quyết 35" in result.output
    result = run("search", "tỉnh", "--db", db_path(corpus), "--json", "--portal", "longan-test")
    (line,) = result.output.splitlines()
    hit = json.loads(line)
    assert hit["title"].startswith("HĐND tỉnh Long An") and hit["published"] == "2022-01-19T10:15:00+07:00"
    assert "\\u" not in line


def test_stats_text_and_json(corpus):
    out = run("stats", "--db", db_path(corpus)).output
    assert "Corpus: 3 article(s) from 2 portal(s)" in out
    assert "Published: 19/01/2022 – 18/06/2024" in out
    assert "Ban Tuyên giáo Huyện uỷ Thạnh Hoá" in out  # stored in the new tone placement
    data = json.loads(run("stats", "--db", db_path(corpus), "--json", "--since", "2024-01-01").output)
    assert data["articles"] == 1


def test_export_command(corpus, tmp_path):
    out = tmp_path / "x.jsonl"
    result = run("export", str(out), "--db", db_path(corpus))
    assert result.exit_code == 0 and "Wrote 3 article(s)" in result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_extract_html_and_gz(tmp_path):
    html = article_html("Hội nghị quán triệt Nghị quyết", "Thứ Ba, 18/06/2024 08:39 (GMT+7)", PARAS)
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
    result = run("extract", str(tmp_path / "a.html"), "--url", "https://thanhhoa.longan.dcs.vn/hoi-nghi.311")
    rec = json.loads(result.output)
    assert rec["url"] == "https://thanhhoa.longan.dcs.vn/hoi-nghi.311"
    assert rec["title"] == "Hội nghị quán triệt Nghị quyết"
    assert rec["published"] == "2024-06-18T08:39:00+07:00" and rec["author"] == "Huỳnh Hương"
    assert "Huỳnh Hương" not in rec["text"] and "Lượt truy cập" not in rec["text"]
    result = run("extract", str(tmp_path / "b.html.gz"))
    assert json.loads(result.output)["title"] == "Hội nghị quán triệt Nghị quyết"


def test_extract_warc(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, title in enumerate(["Hội nghị quán triệt Nghị quyết", "Tổng kết phong trào dân vận khéo"]):
            body = article_html(title, f"1{i}/03/2023 07:30", PARAS).encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://x.dcs.vn/bai-{i}.311", "response",
                                                          payload=BytesIO(body), http_headers=headers))
    lines = run("extract", str(path)).output.splitlines()
    recs = [json.loads(line) for line in lines]
    assert [(r["url"], r["title"], r["published"][:10]) for r in recs] == [
        ("https://x.dcs.vn/bai-0.311", "Hội nghị quán triệt Nghị quyết", "2023-03-10"),
        ("https://x.dcs.vn/bai-1.311", "Tổng kết phong trào dân vận khéo", "2023-03-11"),
    ]


@pytest.mark.parametrize(
    "args, message",
    [
        (["search", "nền tảng", "--db", "{missing}"], "Error: no corpus at"),
        (["search", '"unclosed', "--db", "{db}"], "Error: cannot search for"),
        (["stats", "--db", "{db}", "--since", "18/06/2024"], "Invalid value for '--since'"),
        (["extract", "{missing}"], "Error: cannot read"),
        (["extract", "{notgz}"], "not a valid gzip file"),
        (["extract", "{notwarc}"], "no HTTP response records"),
        (["crawl", "--portal", "nope", "--db", "{db}"], "Error: no portal with key 'nope'"),
        (["crawl", "--url", "ftp://x", "--db", "{db}"], "Error: not an http(s) URL"),
        (["export", "{tmp}/no/such/dir/x.jsonl", "--db", "{db}"], "does not exist"),
        (["stats", "--db", "notadialect://x"], "Error: cannot open database"),
        (["stats", "--db", "{tmp}"], "Error: cannot open database"),
        (["stats", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"], "Error: cannot open database"),
    ],
)
def test_bad_input_gives_one_line_error(corpus, tmp_path, args, message):
    (tmp_path / "bad.html.gz").write_bytes(b"not gzip")
    (tmp_path / "bad.warc.gz").write_bytes(b"not a warc at all")
    values = {"missing": str(tmp_path / "missing.sqlite"), "db": db_path(corpus), "tmp": str(tmp_path),
              "notgz": str(tmp_path / "bad.html.gz"), "notwarc": str(tmp_path / "bad.warc.gz")}
    result = CliRunner().invoke(cli, [a.format(**values) for a in args])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_departments_stats_by_period_and_cites(corpus):
    out = run("departments", "--db", db_path(corpus)).output
    assert "Ban Tuyên giáo Huyện uỷ Thạnh Hoá  [Ban Tuyên giáo; publisher 2" in out
    def lines(*args):
        return [json.loads(line) for line in run(*args).output.splitlines()]

    assert lines("stats", "--db", db_path(corpus), "--by", "month", "--cites", "35-NQ/TW", "--json") == [
        {"period": "2024-06", "articles": 1}]
    assert lines("stats", "--db", db_path(corpus), "--by", "year", "--json") == [
        {"period": "2022", "articles": 2}, {"period": "2024", "articles": 1}]
    hits = run("search", "hội nghị", "--db", db_path(corpus), "--cites", "NQ 35", "--json").output.splitlines()
    assert [json.loads(h)["title"] for h in hits] == ["Quán triệt Nghị quyết 35 về bảo vệ nền tảng tư tưởng"]
    assert run("stats", "--db", db_path(corpus), "--query", "x").exit_code != 0
