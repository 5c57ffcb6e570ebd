"""A minimal check for a page that now shows a paywall or a consent wall instead of the article.

A stand-in behind one function, :func:`looks_walled`, until a fuller wall
detector (``cuttings.core.walls``) takes its place.  The heuristic: the
article's text is now far shorter than the version kept (under a third of
it, and under 150 words) and the page speaks of subscribing, logging in or
consenting.  A page judged walled is never stored as a version.
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
