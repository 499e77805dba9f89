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
    assert reprocess(corpus, workers=0, portal_keys=["longan-test"]) == {"unchanged": 1}
