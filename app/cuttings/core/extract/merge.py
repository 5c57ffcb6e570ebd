"""Readability's article HTML, trimmed and completed by trafilatura's text."""

from __future__ import annotations

from collections import Counter

import lxml.etree
import lxml.html

from cuttings.core.extract.blocks import (
    CLOSING_QUOTES,
    MIN_ARTICLE_WORDS,
    MIN_SENTENCE,
    SHINGLE,
    drop_block,
    leaf_blocks,
    longest_sentence_words,
    prose_words,
    rough_word_count,
    shingles_of,
    tokens_of,
)

# When our trimmed body keeps less than this share of readability's candidate
# (and that candidate reads like an article), the trim went wrong: the two
# extractors agreed on a fragment.  Readability's answer is taken.
_READABILITY_SHARE = 0.5
_MAX_LINK_SHARE = 0.3
# Readability's candidate is a fragment when trafilatura's text is this many
# times longer (and has the candidate's main paragraph).
_FRAGMENT_SHARE = 3
# When trafilatura's text covers less than this share of readability's, it
# probably missed part of the article, and long paragraphs are kept anyway.
_TRUSTED_COVERAGE = 0.6
_LONG_PARAGRAPH_WORDS = 40
_LEAD_WORDS = 30
# Photo blocks (and their caption lines) that may stand between the lead
# paragraph and the first block trafilatura has.
_LEAD_MEDIA = 2
_MEDIA_TAGS = frozenset({"figure", "figcaption", "center", "picture"})
_GAP_MIN_WORDS = 5
_CONTAINED = frozenset(
    {"li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
     "figcaption", "figure", "blockquote", "pre"}
)  # fmt: skip
_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_SECTION_HEADING_WORDS = 15
_CLOSING_LINE_WORDS = 25
# share of a block's shingles trafilatura must have for the block to stay
_SUPPORT = 0.3


def choose(readability_html: str, trafilatura_text: str) -> lxml.html.HtmlElement:
    """The article HTML: readability's, trimmed by trafilatura's text."""
    try:
        root = lxml.html.fragment_fromstring(readability_html, create_parent="div")
    except (lxml.etree.LxmlError, ValueError, AssertionError):
        root = lxml.html.Element("div")
    t_tokens = tokens_of(trafilatura_text)
    r_tokens = tokens_of(root.text_content())
    if len(r_tokens) < MIN_ARTICLE_WORDS:
        # Readability found next to nothing; trafilatura, favouring recall,
        # then often hands over the menu and the footer with the article.
        lines = [line for line in trafilatura_text.splitlines() if _reads_like_prose(line)]
        return _paragraphs_element(lines)
    if len(t_tokens) < MIN_ARTICLE_WORDS:
        return root
    lines = [line for line in trafilatura_text.splitlines() if line.strip()]
    if _is_fragment_of(root, r_tokens, t_tokens):
        # Readability took one box of an article split across several (a
        # page builder's "widgets"): trafilatura's text is the article.
        return _paragraphs_element(lines)
    if _trim_unsupported(root, r_tokens, t_tokens, lines):
        _fill_gaps(root, lines)
    elif _has_template_blocks(root):
        # They disagree, and readability picked a list of cards (each with
        # its share buttons or "read more" line), not an article.
        return _paragraphs_element(lines)
    return root


def unless_readability_kept_more(
    root: lxml.html.HtmlElement, readability_html: str
) -> lxml.html.HtmlElement:
    """Readability's candidate instead of ``root`` when the trim lost most of an article."""
    try:
        candidate = lxml.html.fragment_fromstring(readability_html, create_parent="div")
    except (lxml.etree.LxmlError, ValueError, AssertionError):
        return root
    theirs = rough_word_count(candidate.text_content())
    if rough_word_count(root.text_content()) >= _READABILITY_SHARE * theirs:
        return root
    if (
        _has_template_blocks(candidate)
        or prose_words(candidate) < (1 - _MAX_LINK_SHARE) * theirs
        or longest_sentence_words(candidate) < MIN_SENTENCE
    ):
        return root  # readability's candidate is a list of links or cards
    return candidate


def _is_fragment_of(root: lxml.html.HtmlElement, r_tokens: list[str], t_tokens: list[str]) -> bool:
    """True if readability's text is a small part of trafilatura's, which holds its longest block.

    The longest block is what made readability choose its candidate; around
    it, readability may have kept a headline or a "more news" box that
    trafilatura leaves out.
    """
    if len(r_tokens) * _FRAGMENT_SHARE > len(t_tokens):
        return False
    blocks = (tokens_of(block.text_content()) for block in leaf_blocks(root))
    longest = max(blocks, key=len, default=[])
    own = shingles_of(longest)
    return len(longest) >= MIN_SENTENCE and len(own & shingles_of(t_tokens)) >= 0.8 * len(own)


def _reads_like_prose(line: str) -> bool:
    """True for a sentence or a long line; false for menu items and copyright lines."""
    line = line.strip()
    if not line or line.startswith(("©", "(c)", "Copyright")):
        return False
    return rough_word_count(line) >= MIN_SENTENCE or line.rstrip(CLOSING_QUOTES).endswith(
        (".", "!", "?", "\u3002", "\uff01", "\uff1f")
    )


def _has_template_blocks(root: lxml.html.HtmlElement) -> bool:
    """True if some block text recurs three times or more (a card list's buttons)."""
    seen: dict[str, int] = {}
    for block in leaf_blocks(root):
        key = " ".join(tokens_of(block.text_content()))
        if key:
            seen[key] = seen.get(key, 0) + 1
            if seen[key] >= 3:
                return True
    return False


def _trim_unsupported(
    root: lxml.html.HtmlElement, r_tokens: list[str], t_tokens: list[str], t_lines: list[str]
) -> bool:
    """Drop readability's blocks that trafilatura left out, if the two agree overall.

    Returns whether they agree.
    """
    t_shingles = shingles_of(t_tokens)
    r_shingles = shingles_of(r_tokens)
    common = len(t_shingles & r_shingles)
    if common < 0.5 * min(len(t_shingles), len(r_shingles)):
        return False  # they disagree on what the article is
    vocabulary = set(t_tokens)
    coverage = common / max(1, len(r_shingles))
    # How many times trafilatura has each line: a caption or credit that
    # readability repeats under every photo is kept only as often.
    t_copies = Counter(" ".join(tokens_of(line)) for line in t_lines)
    blocks = leaf_blocks(root)
    block_tokens = [tokens_of(block.text_content()) for block in blocks]
    r_total = Counter(" ".join(tokens) for tokens in block_tokens)
    r_copies: Counter[str] = Counter()
    verdicts: list[tuple[bool, int, lxml.html.HtmlElement]] = []
    for block, tokens in zip(blocks, block_tokens, strict=True):
        keep = _supported(tokens, t_shingles, vocabulary) or _is_caption(block)
        if not keep and coverage < _TRUSTED_COVERAGE and len(tokens) >= _LONG_PARAGRAPH_WORDS:
            keep = True  # trafilatura missed part of the article: trust long paragraphs
        key = " ".join(tokens)
        r_copies[key] += 1
        if keep and key in t_copies and r_copies[key] > t_copies[key]:
            # trafilatura keeps at most two copies of a line: a sentence it
            # has twice (a refrain, a repeated warning) is the article's own.
            keep = t_copies[key] >= 2 and block.tag == "p" and len(tokens) >= MIN_SENTENCE
        elif keep and key not in t_copies and len(tokens) >= SHINGLE and r_total[key] >= 3:
            keep = False  # a line under every photo, which trafilatura never has alone
        verdicts.append((keep, len(tokens), block))
    _keep_section_headings(verdicts)
    _keep_short_paragraphs(verdicts)
    _keep_closing_line(verdicts)
    first = next((i for i, (keep, _, _) in enumerate(verdicts) if keep), len(verdicts))
    # trafilatura often misses the opening paragraph when it is styled apart;
    # a real paragraph right before the first shared block (or before the
    # photo that follows it) stays.
    lead = first - 1
    while lead >= max(0, first - 1 - _LEAD_MEDIA) and _is_media(verdicts[lead][2]):
        lead -= 1
    for i, (keep, words, block) in enumerate(verdicts):
        if keep or (i == lead and block.tag == "p" and words >= _LEAD_WORDS):
            continue
        drop_block(block)
    return True


def _is_media(block: lxml.html.HtmlElement) -> bool:
    """True for a photo's block or its caption line."""
    return block.tag in _MEDIA_TAGS or block.find(".//img") is not None


def _supported(tokens: list[str], reference: set[tuple[str, ...]], vocabulary: set[str]) -> bool:
    if not tokens:
        return True
    if len(tokens) < SHINGLE:
        return all(token in vocabulary for token in tokens)
    own = shingles_of(tokens)
    return len(own & reference) >= _SUPPORT * len(own)


def _is_caption(block: lxml.html.HtmlElement) -> bool:
    """True for a figure's caption (with its photo credit) next to the figure's image."""
    if block.tag != "figcaption":
        return False
    figure = block.getparent()
    return figure is not None and figure.tag == "figure" and figure.find(".//img") is not None


def _keep_section_headings(verdicts: list[tuple[bool, int, lxml.html.HtmlElement]]) -> None:
    """Keep a short heading between kept paragraphs: trafilatura often leaves headings out.

    The heading must be the sibling right before a kept paragraph, so the
    headline of a teaser card (a heading, then a ``<span>``) stays out.
    """
    for i, (keep, words, block) in enumerate(verdicts):
        if keep or block.tag not in _SECTION_HEADINGS or not 0 < words <= _SECTION_HEADING_WORDS:
            continue
        if i + 1 == len(verdicts) or block.find(".//br") is not None:
            continue
        kept_next, _, following = verdicts[i + 1]
        if (
            kept_next
            and following.tag == "p"
            and block.getnext() is following
            and any(kept for kept, _, _ in verdicts[:i])
        ):
            verdicts[i] = (True, words, block)


def _keep_short_paragraphs(verdicts: list[tuple[bool, int, lxml.html.HtmlElement]]) -> None:
    """Keep a short sentence of its own between two kept paragraphs of the same container.

    trafilatura drops one-line paragraphs ("But there are two problems.") and
    subheads styled as paragraphs ("Who pays the cost of a tariff?"); a
    credit or an "Advertisement" line has no sentence ending, a "read more"
    line has links.
    """
    for i in range(1, len(verdicts) - 1):
        keep, words, block = verdicts[i]
        before, after = verdicts[i - 1][2], verdicts[i + 1][2]
        if (
            not keep
            and block.tag == "p"
            and 0 < words <= _SECTION_HEADING_WORDS
            and verdicts[i - 1][0]
            and verdicts[i + 1][0]
            and before.tag == after.tag == "p"
            and before.getnext() is block
            and block.getnext() is after
            and block.find(".//a") is None
            and block.text_content().strip().rstrip(CLOSING_QUOTES).endswith((".", "?", "!", ":"))
        ):
            verdicts[i] = (True, words, block)


def _keep_closing_line(verdicts: list[tuple[bool, int, lxml.html.HtmlElement]]) -> None:
    """Keep the article's short last sentence, which trafilatura loses after embedded widgets.

    It is the first paragraph after the last kept block, in the same
    container: a sentence of its own, without links (a bio or a "read more"
    line has them, or sits in a box of its own).
    """
    last = next((i for i in range(len(verdicts) - 1, -1, -1) if verdicts[i][0]), None)
    if last is None:
        return
    container = verdicts[last][2].getparent()
    for i in range(last + 1, len(verdicts)):
        _, words, block = verdicts[i]
        if block.tag != "p":
            continue
        text = block.text_content().strip()
        if (
            block.getparent() is container
            and 0 < words <= _CLOSING_LINE_WORDS
            and block.find(".//a") is None
            and text.rstrip(CLOSING_QUOTES).endswith((".", "!", "?", "\u3002"))
        ):
            verdicts[i] = (True, words, block)
        return


def _fill_gaps(root: lxml.html.HtmlElement, t_lines: list[str]) -> None:
    """Insert trafilatura's paragraphs that readability skipped inside the article.

    Only lines between two lines both extractors have are taken: before the
    first one are headlines and standfirsts, after the last one author bios
    and disclaimers, which is where the two usually differ on purpose.
    """
    blocks = leaf_blocks(root)
    block_shingles = [shingles_of(tokens_of(block.text_content())) for block in blocks]
    owner_of: dict[tuple[str, ...], int] = {}
    for index, shingles in enumerate(block_shingles):
        for shingle in shingles:
            owner_of.setdefault(shingle, index)
    in_body = shingles_of(tokens_of(root.text_content()))
    # (block the line is in, or -1 if in the body outside any block, or None)
    placed: list[tuple[int | None, str]] = []
    for line in t_lines:
        own = shingles_of(tokens_of(line))
        if not own or len(own & in_body) < 0.5 * len(own):
            placed.append((None, line))
            continue
        owners = [owner_of[s] for s in own if s in owner_of]
        placed.append((max(set(owners), key=owners.count) if owners else -1, line))
    known = [i for i, (owner, _) in enumerate(placed) if owner is not None]
    if len(known) < 2:
        return
    anchor: lxml.html.HtmlElement | None = None
    gap = placed[known[0] : known[-1]]
    for index, (owner, line) in enumerate(gap):
        if owner is not None:
            anchor = _insertion_point(blocks[owner]) if owner >= 0 else None
            continue
        if anchor is None:
            continue
        if line.startswith("- "):
            # List items between paragraphs are mostly "related" links; a list
            # that a sentence announces ("...the two demands:") is the article's.
            previous = gap[index - 1]
            if previous[0] is not None and previous[1].rstrip().endswith(":"):
                anchor = _insert_list(anchor, gap[index:])
            continue
        if len(tokens_of(line)) < _GAP_MIN_WORDS:
            continue
        paragraph = lxml.html.Element("p")
        paragraph.text = line.strip()
        anchor.addnext(paragraph)
        anchor = paragraph


def _insert_list(
    anchor: lxml.html.HtmlElement, lines: list[tuple[int | None, str]]
) -> lxml.html.HtmlElement:
    """Insert, after ``anchor``, the run of trafilatura list items that ``lines`` starts with."""
    items = lxml.html.Element("ul")
    for owner, line in lines:
        if owner is not None or not line.startswith("- "):
            break
        lxml.etree.SubElement(items, "li").text = line.removeprefix("- ").strip()
    anchor.addnext(items)
    return items


def _insertion_point(block: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element after which a paragraph can follow ``block`` (not inside a list or table)."""
    node = block
    parent = node.getparent()
    while parent is not None and (node.tag in _CONTAINED or parent.tag in _CONTAINED):
        node, parent = parent, parent.getparent()
    return node if parent is not None else None


def _paragraphs_element(lines: list[str]) -> lxml.html.HtmlElement:
    root = lxml.html.Element("div")
    for line in lines:
        paragraph = lxml.etree.SubElement(root, "p")
        paragraph.text = line.removeprefix("- ").strip()  # trafilatura's list item mark
    return root
