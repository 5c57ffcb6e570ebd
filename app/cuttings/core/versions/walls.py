"""A re-check's own sign of a wall: the page says far less than the version kept.

The wall detector (:mod:`cuttings.core.walls`, run on every fetched page)
reads the walls' markup and wording but cannot know what the article said
before; :func:`looks_walled` can: the article's text is now far shorter than
the version kept (under a third of it, and under 150 words) and the page
speaks of subscribing, logging in or consenting.  A page either judges walled
is never stored as a version.
"""

import re

_WALL_WORDS = re.compile(
    r"subscribe|subscription|subscriber|sign in to (?:continue|read)|log in to (?:continue|read)|"
    r"create an account|paywall|premium content|members only|already a subscriber|"
    r"cookie consent|accept (?:all )?cookies|consent to|your privacy choices|"
    r"abbonati|abbonamento|abonnez-vous|abonnement|suscr[ií]bete|jetzt abonnieren",
    re.IGNORECASE,
)
SHORT_WORDS = 150


def looks_walled(html: str, text: str, word_count: int, kept_word_count: int) -> bool:
    """Whether the page (``html``, its article ``text``) looks like a wall, not the article."""
    if word_count >= SHORT_WORDS or word_count * 3 >= kept_word_count:
        return False
    return bool(_WALL_WORDS.search(text) or _WALL_WORDS.search(html))
