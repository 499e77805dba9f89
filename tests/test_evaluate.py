from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from harvester.cli import cli
from harvester.errors import InputError
from harvester.evaluate import (
    SnippetCounts,
    bag_of_words_f1,
    bag_of_words_scores,
    dates_accuracy,
    evaluate_folder,
    find_sets,
    format_table,
    snippet_counts,
    snippet_scores,
)

ROOT = Path(__file__).resolve().parent.parent


# --- metric functions -------------------------------------------------------------


@pytest.mark.parametrize("text, with_, without, expected", [
    ("alpha beta gamma", ["alpha", "gamma"], ["delta"], SnippetCounts(2, 0, 0, 1)),
    ("alpha beta gamma", ["alpha", "zeta"], ["beta", "delta"], SnippetCounts(1, 1, 1, 1)),
    ("", ["alpha"], ["beta"], SnippetCounts(0, 1, 0, 1)),
    (None, ["alpha"], [], SnippetCounts(0, 1, 0, 0)),
    ("Alpha", ["alpha"], [], SnippetCounts(0, 1, 0, 0)),  # substring match is case-sensitive
])
def test_snippet_counts(text, with_, without, expected):
    assert snippet_counts(text, with_, without) == expected


@pytest.mark.parametrize("counts, precision, recall, f1", [
    (SnippetCounts(3, 0, 0, 2), 1.0, 1.0, 1.0),
    (SnippetCounts(2, 2, 0, 1), 1.0, 0.5, 2 / 3),
    (SnippetCounts(3, 1, 1, 0), 0.75, 0.75, 0.75),
    (SnippetCounts(0, 3, 0, 3), 0.0, 0.0, 0.0),  # nothing found: a miss, not a division by zero
    (SnippetCounts(0, 0, 2, 0), 0.0, 0.0, 0.0),
])
def test_snippet_scores(counts, precision, recall, f1):
    assert snippet_scores(counts) == pytest.approx({"precision": precision, "recall": recall, "f1": f1})


def test_snippet_counts_add_up():
    assert SnippetCounts(1, 2, 3, 4) + SnippetCounts(4, 3, 2, 1) == SnippetCounts(5, 5, 5, 5)


@pytest.mark.parametrize("predicted, gold, f1", [
    ("the cat sat", "the cat sat", 1.0),
    ("The CAT, sat!", "the cat sat", 1.0),  # lower-cased, punctuation is not a word
    ("the cat", "the cat sat on the mat", 2 * 1.0 * (2 / 6) / (1.0 + 2 / 6)),
    ("the the the", "the", 0.5),  # multiset: extra copies are false positives
    ("", "the cat", 0.0),
    (None, "the cat", 0.0),
    ("", "", 1.0),
    ("Đảng bộ huyện Thạnh Hóa", "đảng bộ huyện thạnh hóa", 1.0),  # Unicode words, Vietnamese case
])
def test_bag_of_words_f1(predicted, gold, f1):
    assert bag_of_words_f1(predicted, gold) == pytest.approx(f1)


def test_bag_of_words_precision_and_recall():
    scores = bag_of_words_scores("a b c d", "a b x")
    assert scores["precision"] == pytest.approx(0.5)
    assert scores["recall"] == pytest.approx(2 / 3)


@pytest.mark.parametrize("predicted, gold, accuracy", [
    (["2020-01-02", "2021-03-04"], ["2020-01-02", "2021-03-04"], 1.0),
    (["2020-01-02", "2021-03-05"], ["2020-01-02", "2021-03-04"], 0.5),
    ([None, None], ["2020-01-02", "2021-03-04"], 0.0),
    ([], [], 0.0),
])
def test_dates_accuracy(predicted, gold, accuracy):
    assert dates_accuracy(predicted, gold) == accuracy


def test_dates_accuracy_needs_aligned_lists():
    with pytest.raises(ValueError):
        dates_accuracy(["2020-01-01"], [])


# --- a tiny benchmark in the public format -------------------------------------------

NAV = ('<nav><ul><li><a href="/">Home</a></li><li><a href="/impressum">Impressum</a></li>'
       '<li><a href="/kontakt">Kontakt</a></li></ul></nav>')
# No year in the footer: htmldate would date an undated page by it.
FOOT = "<footer><p>Example Media. All rights reserved.</p></footer>"

PARAS_A = [
    "The city council met on Tuesday evening to discuss the new public library on the river bank, "
    "which has been planned for more than ten years and will finally open its doors next spring.",
    "Residents filled the hall and many of them asked how the building would be heated in winter, "
    "since the old library had been closed for two months last year because the boiler failed.",
    "The architect answered that the roof carries solar panels and that a heat pump in the basement "
    "will keep the reading rooms warm without burning any gas at all during the cold season.",
]
PARAS_B = [
    "A small bakery in the old town has won the regional prize for the best rye bread this year, "
    "beating more than forty competitors from across the valley in a blind tasting last weekend.",
    "The owner said that the secret is a sourdough starter her grandmother brought from the mountains "
    "in the nineteen fifties, fed every morning with flour from a mill just outside the town.",
    "She plans to use the prize money to repair the wood-fired oven, which has been in the cellar "
    "since the building was put up and still bakes every loaf that leaves the shop each day.",
]
PARAS_C = [
    "Volunteers planted three hundred young oak trees along the northern edge of the forest on Saturday, "
    "replacing spruce that had been killed by bark beetles during the last two very dry summers.",
    "Foresters chose oak because it copes better with heat and drought, and they hope the mixed stand "
    "will also give birds and insects more shelter than the dense rows of conifers ever did.",
    "The trees were paid for by a local savings bank, and schoolchildren will measure their growth "
    "every autumn as part of a science project that is meant to run for the next twenty years.",
]


def page(title: str, paras: list[str], head: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f"<body>{NAV}<main><h1>{title}</h1><article>{body}</article></main>{FOOT}</body></html>")
    return html.encode("utf-8")


def write_set(folder: Path, records: list[tuple[dict, bytes | None]]) -> None:
    (folder / "pages").mkdir(parents=True)
    lines = []
    for n, (record, body) in enumerate(records):
        name = f"pages/p{n}.html.gz"
        if body is not None:  # None: the gold names a page that is not there
            (folder / name).write_bytes(gzip.compress(body))
        lines.append(json.dumps({"url": f"https://news.example.org/story-{n}", **record, "file": name}))
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def public(tmp_path: Path) -> Path:
    write_set(tmp_path / "extraction", [
        # all three `with` found, the menu's "Impressum" left out
        ({"with": ["new public library", "heat pump in the basement", "keep the reading rooms warm"],
          "without": ["Impressum", "All rights reserved"]}, page("Library plans", PARAS_A)),
        # one `with` that is nowhere on the page: missed by both
        ({"with": ["best rye bread", "sourdough starter", "a snippet that is not on the page"],
          "without": ["Kontakt"]}, page("Bakery prize", PARAS_B)),
        # a `without` that really is in the body: found by both
        ({"with": ["three hundred young oak trees"], "without": ["bark beetles", "Impressum"]},
         page("New oaks", PARAS_C)),
    ])
    write_set(tmp_path / "dates", [
        ({"date": "2021-03-04"}, page("Library plans", PARAS_A,
                                      '<meta property="article:published_time" content="2021-03-04T09:30:00+07:00">')),
        ({"date": "2019-11-20"}, page("Bakery prize", PARAS_B,
                                      '<meta property="article:published_time" content="2019-11-20T08:00:00+07:00">')),
        ({"date": "2018-06-01"}, page("New oaks", PARAS_C)),  # no date anywhere: missed by both
        ({"date": "2018-06-02"}, None),  # missing file: a miss for both, not a crash
    ])
    write_set(tmp_path / "bodies", [
        ({"body": "\n\n".join(PARAS_A)}, page("Library plans", PARAS_A)),
        # gold has a paragraph the page lacks: precision 1, recall = page words / gold words
        ({"body": "\n\n".join(PARAS_B + PARAS_C)}, page("Bakery prize", PARAS_B)),
    ])
    return tmp_path


def words_in(paras: list[str]) -> int:
    from harvester.evaluate import words

    return len(words(" ".join(paras)))


def test_public_format_end_to_end(public):
    scores = {s.name: s for s in evaluate_folder(public, workers=0)}
    assert [(s.name, s.kind, s.pages) for s in scores.values()] == [
        ("bodies", "bodies", 2), ("dates", "dates", 4), ("extraction", "extraction", 3)]

    recall_b = words_in(PARAS_B) / words_in(PARAS_B + PARAS_C)
    page_f1 = 2 * recall_b / (1 + recall_b)
    expected = {
        # tp 6 of 7 `with`, fp 1 ("bark beetles")
        "extraction": {"precision": 6 / 7, "recall": 6 / 7, "f1": 6 / 7,
                       "macro_precision": (1 + 1 + 0.5) / 3, "macro_recall": (1 + 2 / 3 + 1) / 3,
                       "macro_f1": (1 + 0.8 + 2 / 3) / 3, "errors": 0},
        "dates": {"accuracy": 0.5, "found": 0.5, "errors": 1},
        "bodies": {"f1": (1 + page_f1) / 2, "precision": 1.0, "recall": (1 + recall_b) / 2, "errors": 0},
    }
    for name, want in expected.items():
        for extractor in ("project", "baseline"):
            assert scores[name].metrics[extractor] == pytest.approx(want), (name, extractor)
        assert all(v == pytest.approx(0) for v in scores[name].delta().values())
    for extractor in ("project", "baseline"):
        (failure,) = scores["dates"].failures[extractor]
        assert "p3.html.gz" in failure

    table = format_table(list(scores.values()))
    assert table.splitlines()[0].split() == ["set", "pages", "metric", "project", "baseline", "delta"]
    assert "errors" in table  # shown because the dates set has a missing page


def test_one_public_set_folder(public):
    (s,) = find_sets(public / "extraction")
    assert (s.name, s.kind, len(s.tasks)) == ("extraction", "extraction", 3)


# --- the Vietnamese gold sites ---------------------------------------------------------


def test_demo_sites_score_perfectly_on_fields():
    scores = evaluate_folder(ROOT / "data" / "demo", workers=0)
    assert {s.name for s in scores} == {"longan-portal", "thanhhoa-dcs", "baolongan-news"}
    for s in scores:
        assert s.kind == "site" and "baseline" not in s.metrics
        m = s.metrics["project"]
        for field in ("article", "title", "published", "author"):
            assert m[field] == 1.0, (s.name, field)
        assert m["errors"] == 0


def test_site_counts_non_articles(tmp_path):
    site = tmp_path / "mini"
    (site / "site").mkdir(parents=True)
    (site / "portal.toml").write_text('key = "mini"\nname = "Mini"\nbase_url = "https://mini.test.invalid/"\n',
                                      encoding="utf-8")
    (site / "expected.toml").write_text(
        'platform = "generic"\n'
        '[[article]]\npath = "/missing.html"\ntitle = "Không có"\npublished = "2024-01-01T00:00:00+07:00"\n'
        'contains = ["một câu"]\n'
        '[[non_article]]\npath = "/"\n'
        '[[non_article]]\npath = "/not-there"\n', encoding="utf-8")
    (site / "site" / "index.html").write_text("<html><body><a href='/a'>Trang chủ</a></body></html>",
                                              encoding="utf-8")
    (s,) = find_sets(site)
    assert len(s.tasks) == 2  # a non-article that resolves to no file is left out
    (score,) = evaluate_folder(site, workers=0)
    m = score.metrics["project"]
    # the article's file is missing: a miss on every field and counted as an error
    assert m["article"] == m["title"] == m["snippet_recall"] == 0.0
    assert m["non_article"] == 1.0 and m["errors"] == 1


# --- errors and the command line -----------------------------------------------------------


@pytest.mark.parametrize("setup, message", [
    (lambda p: None, "no evaluation set"),
    (lambda p: (p / "gold.jsonl").write_text("", encoding="utf-8"), "no pages"),
    (lambda p: (p / "gold.jsonl").write_text('{"file": "a.html.gz", "label": 1}\n', encoding="utf-8"),
     "with/without, date, or body"),
    (lambda p: (p / "gold.jsonl").write_text("{not json\n", encoding="utf-8"), "not JSON"),
])
def test_bad_folders_raise_input_error(tmp_path, setup, message):
    setup(tmp_path)
    with pytest.raises(InputError, match=message):
        find_sets(tmp_path)


def test_cli_json(public):
    result = CliRunner().invoke(cli, ["eval", str(public / "extraction"), str(public / "bodies"),
                                      "--json", "--workers", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data["extractors"]) == {"project", "baseline"}
    assert [s["set"] for s in data["sets"]] == ["extraction", "bodies"]
    extraction = data["sets"][0]
    assert extraction["pages"] == 3 and extraction["kind"] == "extraction"
    assert extraction["metrics"]["project"]["f1"] == pytest.approx(6 / 7)
    assert extraction["delta"]["f1"] == pytest.approx(0)


def test_cli_table(public):
    result = CliRunner().invoke(cli, ["eval", str(public / "dates"), "--workers", "0"])
    assert result.exit_code == 0, result.output
    assert "accuracy" in result.stdout and "0.500" in result.stdout


@pytest.mark.parametrize("name", ["empty", "nowhere"])
def test_cli_bad_folder(tmp_path, name):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / name)])
    assert result.exit_code != 0
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: ")
