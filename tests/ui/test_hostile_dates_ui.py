"""Dates at the ends of the calendar shown in local time: the reader and the timeline.

The library no longer stores them, but a clip value may still carry one (an
older file read before its repair, a caller's value): shifting year 9999
east or year 1 west must not take the window down.
"""

import time
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from cuttings.ui.reader.render import format_clipped, format_published
from cuttings.ui.timeline.dates import clip_day, clip_moment, day_label
from tests.factories import make_article


@pytest.fixture(params=["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def far_zone(request, monkeypatch):
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_the_reader_and_the_timeline_place_the_ends_of_the_calendar(library, far_zone):
    clip = library.add(make_article(1)).clip
    locale = QLocale(QLocale.Language.English)
    for published in (
        "9999-12-31T23:00:00-05:00",
        "9999-12-31T23:59:59+14:00",
        "0001-01-01T00:00:00+05:00",
        "0001-01-01T00:00:00-12:00",
    ):
        odd = replace(clip, published_at=published)
        assert format_published(published, locale)
        moment = clip_moment(odd, "published")
        assert moment.year in {1, 9999}
        assert day_label(clip_day(odd, "published"), locale=locale)
    for clipped in (datetime(9999, 12, 31, 23, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC)):
        odd = replace(clip, clipped_at=clipped)
        assert format_clipped(odd, locale)
        assert day_label(clip_day(odd, "clipped"), locale=locale)
