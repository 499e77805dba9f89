from __future__ import annotations

from pathlib import Path

import pytest

from harvester.portals import (PortalError, available_platforms, find_portal, load_platform, load_registry,
                               portal_for_url)
from harvester.portals import REGISTRY_DIR


def write(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


GOOD = 'key = "a"\nname = "Cổng A"\nbase_url = "https://a.vn/"\nplatform = "liferay"\n'


def test_bundled_registries_and_platforms_validate():
    assert load_registry(REGISTRY_DIR)
    from harvester.demo import demo_portals

    assert set(demo_portals()) == {"longan-portal", "thanhhoa-dcs", "baolongan-news"}
    for name in available_platforms():
        load_platform(name)


@pytest.mark.parametrize(
    "text, message",
    [
        ('key = "a"\nname = "A"\nbase_url = "not a url"\n', "a.toml: field 'base_url'"),
        ('key = "a"\nname = "A"\nbase_url = "https://a.vn"\nplatform = "drupal"\n', "field 'platform': Value error, unknown platform 'drupal'"),
        ('key = "A B"\nname = "A"\nbase_url = "https://a.vn"\n', "field 'key'"),
        ('key = "a"\nbase_url = "https://a.vn"\n', "field 'name': Field required"),
        ('key = "a"\nname = "A"\nbase_url = "https://a.vn"\nlevel = "county"\n', "field 'level'"),
        ('key = "a"\nname = "A"\nbase_url = "https://a.vn"\ncolour = "red"\n', "field 'colour'"),
        ('key = "a"\nname = "A"\nbase_url = "https://a.vn"\n[rules]\narticle_patterns = ["(unclosed"]\n', "bad regular expression"),
        ('key = "a\nname = 1', "not valid TOML"),
    ],
)
def test_bad_entry_gives_one_line_naming_file_and_field(tmp_path, text, message):
    write(tmp_path, "a.toml", text)
    with pytest.raises(PortalError) as err:
        load_registry(tmp_path)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_duplicate_keys_are_refused(tmp_path):
    write(tmp_path, "a.toml", GOOD)
    write(tmp_path, "b.toml", GOOD)
    with pytest.raises(PortalError, match="duplicate key 'a'"):
        load_registry(tmp_path)


def test_portal_rules_extend_platform_rules(tmp_path):
    write(tmp_path, "a.toml", GOOD + '[rules]\nnon_article_patterns = ["/hoi-dap/"]\n')
    info = load_registry(tmp_path)["a"].info()
    assert "/hoi-dap/" in info.non_article_patterns
    assert any("asset_publisher" in p for p in info.article_patterns)
    assert "Cổng A" in info.title_suffixes


def test_unknown_key_and_adhoc_url():
    with pytest.raises(PortalError, match="no portal with key 'zzz'"):
        find_portal({}, "zzz")
    assert portal_for_url("https://www.thanhhoa.longan.dcs.vn/").key == "thanhhoa.longan.dcs.vn"
    with pytest.raises(PortalError, match="not an http"):
        portal_for_url("ftp://x")
