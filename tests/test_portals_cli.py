"""`harvester portals list|detect|check` through the real command line."""
from __future__ import annotations

from tests.sitegold import all_sites, run_cli
from harvester.demo_server import serve_sites

SITE = next(s for s in all_sites() if s.key == "thanhhoa-dcs")


def test_detect_a_saved_page_says_why():
    result = run_cli("portals", "detect", str(SITE.site / "index.html"))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("dcs (score ")
    assert any("/slug.311 article links" in line for line in lines[1:])


def test_detect_a_served_page_by_url():
    with serve_sites({SITE.key: SITE.site}) as origins:
        result = run_cli("portals", "detect", origins[SITE.key] + "/")
    assert result.returncode == 0 and result.stdout.startswith("dcs ")


def test_check_reports_articles_found(tmp_path):
    with serve_sites({SITE.key: SITE.site}) as origins:
        result = run_cli("portals", "check", SITE.key, "--registry", str(SITE.folder / "portal.toml"),
                         "--mirror", origins[SITE.key], "--pages", "20")
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert result.stdout.startswith("thanhhoa-dcs: platform dcs;")
    assert "OK: the profile finds dated articles." in result.stdout


def test_check_reports_a_site_whose_profile_finds_nothing(tmp_path):
    # A site that has "changed its layout": every page is a contact page now.
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html><body><a href='/lien-he.html'>Liên hệ</a></body></html>")
    (site / "lien-he.html").write_text("<html><body>Địa chỉ: thị trấn Thạnh Hóa</body></html>")
    registry = tmp_path / "p.toml"
    registry.write_text('key = "changed"\nname = "Changed"\nbase_url = "https://changed.test.invalid/"\n')
    with serve_sites({"changed": site}) as origins:
        result = run_cli("portals", "check", "changed", "--registry", str(registry), "--mirror", origins["changed"])
    assert result.returncode == 3
    assert "PROBLEM: no article found" in result.stdout


def test_check_unreachable_portal(tmp_path):
    registry = tmp_path / "p.toml"
    registry.write_text('key = "gone"\nname = "Gone"\nbase_url = "http://127.0.0.1:9/"\n')
    result = run_cli("portals", "check", "gone", "--registry", str(registry), "--pages", "3")
    assert result.returncode == 1
    assert "PROBLEM: could not fetch" in result.stdout


def test_list_shows_registry():
    result = run_cli("portals", "list")
    assert result.returncode == 0 and "baolongan" in result.stdout
