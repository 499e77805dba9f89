from __future__ import annotations

from sqlalchemy import select, update

import models
from harvester.reprocess import reprocess


def test_reprocess_restores_what_the_current_extractor_finds(corpus):
    with models.session_factory(corpus).begin() as s:
        # As if an older extractor had left the site name in titles and no author.
        s.execute(update(models.Article).values(title="Tiêu đề cũ - Cổng thông tin", author=None))
    outcomes = reprocess(corpus, workers=0)
    assert outcomes == {"updated": 3}
    with models.session_factory(corpus)() as s:
        rows = s.execute(select(models.Article.title, models.Article.author)).all()
    assert ("Phong trào dân vận khéo ở xã Thuận Nghĩa Hoà", "Thanh Nga") in rows
    assert all(title != "Tiêu đề cũ - Cổng thông tin" for title, _ in rows)
    # The same bytes through the same code: skipped, unless forced.
    assert reprocess(corpus, workers=0) == {"skipped": 3}
    assert reprocess(corpus, workers=0, portal_keys=["longan-test"], force=True) == {"unchanged": 1}


def test_another_tone_style_is_another_version(corpus):
    from pipelines.types import ProcessOptions

    reprocess(corpus, workers=0)
    outcomes = reprocess(corpus, workers=0, options=ProcessOptions(tone_style="old"))
    # Every page is processed again; the two whose text has oa/uy syllables change.
    assert outcomes["updated"] == 2 and sum(outcomes.values()) == 3
    with models.session_factory(corpus)() as s:
        titles = set(s.scalars(select(models.Article.title)))
    assert "Phong trào dân vận khéo ở xã Thuận Nghĩa Hòa" in titles
