from __future__ import annotations

import pytest

from harvester.portals import load_platform
from pipelines import classify
from pipelines.types import PortalInfo


def portal(platform: str) -> PortalInfo:
    p = load_platform(platform)
    return PortalInfo(key="t", platform=platform, article_patterns=tuple(p.article_patterns),
                      listing_patterns=tuple(p.listing_patterns),
                      non_article_patterns=tuple(p.non_article_patterns))


@pytest.mark.parametrize(
    "platform, url, ok, reason",
    [
        ("liferay", "https://x.vn/web/guest/tin-tuc/-/asset_publisher/abc/content/hoi-nghi-tong-ket", True, ""),
        ("liferay", "https://x.vn/web/guest/tin-tuc?p_p_id=com_liferay_x_INSTANCE_a&_com_liferay_x_INSTANCE_a_cur=2", False, "listing-page"),
        ("liferay", "https://x.vn/web/guest/lien-he", False, "non-article-url"),
        ("liferay", "https://x.vn/web/guest/gioi-thieu", False, "non-article-url"),
        ("dcs", "https://x.dcs.vn/hoi-nghi-quan-triet-nghi-quyet.311", True, ""),
        ("dcs", "https://x.dcs.vn/chuyen-muc/tin-hoat-dong?trang=2", False, "listing-page"),
        ("dcs", "https://x.dcs.vn/lien-he.html", False, "non-article-url"),
        ("dcs", "https://x.dcs.vn/van-ban/", False, "non-article-url"),
        ("newspaper", "https://bao.vn/chinh-tri/hoi-nghi-a123456.html", True, ""),
        ("newspaper", "https://bao.vn/chinh-tri/trang-2/", False, "listing-page"),
        ("newspaper", "https://bao.vn/chinh-tri/", False, "listing-page"),
        ("newspaper", "https://bao.vn/tag/nghi-quyet-35/", False, "non-article-url"),
        ("websphere", "https://dt.gov.vn/wps/portal/dongthap/tin-tuc/tin-hoat-dong/hoi-nghi-so-ket-cong-tac", True, ""),
        ("websphere", "https://dt.gov.vn/wps/wcm/connect/dongthap/tin-tuc/tin-hoat-dong/hoi-nghi-so-ket", True, ""),
        ("websphere", "https://dt.gov.vn/wps/portal/dongthap/tin-tuc/", False, "listing-page"),
        ("websphere", "https://dt.gov.vn/wps/portal/dongthap/tin-tuc/tin-hoat-dong/?page=2", False, "listing-page"),
        ("websphere", "https://dt.gov.vn/wps/portal/dongthap/lien-he", False, "non-article-url"),
        ("sharepoint", "https://tb.gov.vn/Pages/hoi-nghi-so-ket-6-thang.aspx", True, ""),
        ("sharepoint", "https://tb.gov.vn/tin-tuc/Pages/le-ra-quan-thanh-nien.aspx", True, ""),
        ("sharepoint", "https://tb.gov.vn/Pages/tin-tuc-su-kien.aspx?Page=2", False, "listing-page"),
        ("sharepoint", "https://tb.gov.vn/Pages/default.aspx", False, "listing-page"),
        ("sharepoint", "https://tb.gov.vn/Pages/lien-he.aspx", False, "non-article-url"),
        ("wordpress", "https://bl.vn/2024/06/18/hoi-nghi-bao-cao-vien/", True, ""),
        ("wordpress", "https://bl.vn/?p=123", True, ""),
        ("wordpress", "https://bl.vn/category/tin-hoat-dong/page/2/", False, "listing-page"),
        ("wordpress", "https://bl.vn/category/tin-hoat-dong/", False, "listing-page"),
        ("wordpress", "https://bl.vn/tag/nghi-quyet-35/", False, "non-article-url"),
        ("wordpress", "https://bl.vn/author/bantuyengiao/", False, "non-article-url"),
        ("joomla", "https://nt.gov.vn/tin-tuc/123-hoi-nghi-tong-ket.html", True, ""),
        ("joomla", "https://nt.gov.vn/index.php/tin-tuc/123-hoi-nghi-tong-ket", True, ""),
        ("joomla", "https://nt.gov.vn/tin-tuc.html?start=10", False, "listing-page"),
        ("joomla", "https://nt.gov.vn/tin-tuc.html", False, "listing-page"),
        ("joomla", "https://nt.gov.vn/lien-he.html", False, "non-article-url"),
        ("generic", "https://x.vn/tin-tuc/hoi-nghi-tong-ket", True, ""),
        ("generic", "https://x.vn/", False, "home-page"),
        ("generic", "https://x.vn/tin-tuc.php?trang=2", False, "listing-page"),
        ("generic", "https://x.vn/tin-tuc?page=3", False, "listing-page"),
    ],
)
def test_by_url(platform, url, ok, reason):
    verdict = classify.by_url(url, portal(platform))
    assert (verdict.ok, verdict.reason) == (ok, reason)


@pytest.mark.parametrize(
    "status, ctype, reason",
    [(200, "text/html; charset=utf-8", ""), (404, "text/html", "http-status"),
     (200, "application/pdf", "not-html")],
)
def test_by_response(status, ctype, reason):
    assert classify.by_response(status, {"Content-Type": ctype}).reason == reason


@pytest.mark.parametrize(
    "chars, paras, ratio, title, date, reason",
    [
        (1500, 5, 0.1, True, True, ""),
        (1500, 5, 0.1, False, True, "no-title"),
        (200, 5, 0.1, True, True, "too-short"),
        (1500, 1, 0.1, True, True, "too-short"),
        (1500, 5, 0.8, True, True, "listing-page"),
        (1500, 5, 0.1, True, False, "no-publication-date"),
    ],
)
def test_by_structure(chars, paras, ratio, title, date, reason):
    assert classify.by_structure(chars, paras, ratio, title, date).reason == reason


@pytest.mark.parametrize("share, reason", [(0.0, ""), (0.3, ""), (0.5, "listing-page"), (0.9, "listing-page")])
def test_teaser_pages_are_listings(share, reason):
    assert classify.by_structure(1500, 5, 0.1, True, True, teaser_share=share).reason == reason
