"""How the timeline places a clip in time and names its day."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from cuttings.core.models import Clip
from cuttings.core.timeline import SortOrder, filed_day
from cuttings.core.timestamps import local_time


def clip_moment(clip: Clip, order: SortOrder) -> datetime:
    """The local time a clip is filed under in ``order`` (published falls back to clipped)."""
    if order == "published" and clip.published_at:
        try:
            moment = datetime.fromisoformat(clip.published_at)
        except ValueError:
            pass
        else:
            if moment.tzinfo is None:
                # A bare date or a local time as printed on the page: keep it as written.
                return moment
            return local_time(moment)
    return local_time(clip.clipped_at)


def clip_day(clip: Clip, order: SortOrder) -> date:
    return filed_day(clip.clipped_at, clip.published_at, order)


def has_time(clip: Clip, order: SortOrder) -> bool:
    """False for clips filed by a published date without a time of day."""
    return not (order == "published" and clip.published_at and len(clip.published_at) <= 10)


def day_label(day: date, today: date | None = None, locale: QLocale | None = None) -> str:
    """ "Today", "Yesterday", or the long local form ("Saturday 22 February 2025")."""
    today = today or date.today()
    delta = (today - day).days
    if delta == 0:
        return QCoreApplication.translate("timeline.dates", "Today")
    if delta == 1:
        return QCoreApplication.translate("timeline.dates", "Yesterday")
    locale = locale or QLocale()
    qdate = QDate(day.year, day.month, day.day)
    day_format = QCoreApplication.translate(
        "timeline.dates",
        "dddd d MMMM yyyy",
        "Qt date format of a day header: dddd weekday, d day, MMMM month name, yyyy year",
    )
    return locale.toString(qdate, day_format)


def time_label(moment: datetime, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
