"""Tables for the file readers: format advice, Word numbering formats, web-page clutter."""

from __future__ import annotations

import regex as re

# Suffixes read as plain text.
TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})

# Formats we know but do not read, with the advice given to the user.
CONVERT_ADVICE = "convert it to .docx (Word/WPS: 另存为 → .docx) or save it as UTF-8 .txt"
LEGACY_FORMATS: dict[str, str] = {
    ".doc": "legacy Word 97-2003 .doc",
    ".wps": "WPS Office .wps",
    ".wpt": "WPS Office template .wpt",
    ".dot": "legacy Word template .dot",
    ".rtf": "Rich Text Format .rtf",
    ".xls": "Excel .xls",
    ".xlsx": "Excel .xlsx",
    ".et": "WPS spreadsheet .et",
    ".ppt": "PowerPoint .ppt",
    ".pptx": "PowerPoint .pptx",
    ".odt": "OpenDocument .odt",
    ".ofd": "OFD (版式文档) .ofd",
    ".ceb": "Apabi CEB .ceb",
    ".caj": "CAJ .caj",
}

# File signatures: what a file really is, whatever its name says.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a zip container (.docx/.xlsx?)"),
    (b"%PDF-", "a PDF file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office/WPS file (.doc/.wps/.xls)"),
    (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"Rar!", "a RAR archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)

# ---------------------------------------------------------------- Word numbering (numbering.xml numFmt)
CN_DIGITS = "〇一二三四五六七八九"
CN_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
CN_LEGAL_TRAD_DIGITS = "零壹貳參肆伍陸柒捌玖"
# (ten, hundred, thousand) unit characters for the counting formats.
CN_UNITS = ("十", "百", "千")
CN_LEGAL_UNITS = ("拾", "佰", "仟")
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PARENTHESISED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
CIRCLED_IDEOGRAPH = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
# numFmt values rendered with Chinese counting (一、十一、二十一、一百零一).
CN_COUNTING_FORMATS = frozenset(
    {
        "chineseCounting",
        "chineseCountingThousand",
        "japaneseCounting",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "koreanCounting",
    }
)
# numFmt values rendered digit by digit with Chinese digits (一〇一).
CN_DIGITAL_FORMATS = frozenset({"ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"})

# After the rendered number: nothing when lvlText already ends in one of these, else one space.
NUMBER_CLOSERS = frozenset("、.．)）:：]】>〉」』 \u3000")

# Cell separator for .docx/.html table rows: not a space (the normaliser drops spaces between CJK
# characters, which would glue 牵头单位 to 配合单位) and not a character of any agency name.
CELL_SEPARATOR = "｜"
# Joins the paragraphs of one table cell when the previous one does not end in punctuation.
CELL_PARAGRAPH_JOINER = "；"
CELL_PARAGRAPH_END = frozenset("。；;，,、：:！!？?")

# ---------------------------------------------------------------- HTML
# Elements whose content is never document text.
HTML_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
    "button", "select", "input", "textarea", "svg", "canvas", "object", "embed", "map", "head",
)
# id/class fragments of page chrome (share bars, print/font toolbars, breadcrumbs, menus, footers).
HTML_CLUTTER_ATTR = re.compile(
    r"share|bdshare|print|fontsize|font-size|zihao|toolbar|tools|crumb|position|location|"
    r"\bnav|menu|footer|\bfoot|header|\bhead\b|\btop\b|banner|sidebar|related|relevant|qrcode|erweima|"
    r"copyright|\bad\b|advert|comment|search|login|skip|pager|prev|next",
    re.I,
)
# id/class tokens of the main text container on government sites (a CMS prefix like ``news_`` and
# a suffix like ``-box``/``_text`` allowed; generic wrappers such as ``main`` are not listed).
HTML_CONTENT_ATTR = re.compile(
    r"^(?:[a-z]{1,12}[-_])?(?:zoom|content|article|detail|zhengwen|zw|wzcon|contxt|con_text|art_con|"
    r"TRS_Editor|UCAP-CONTENT|pages_content|Custom_UnionStyle|BodyLabel|ArticleContent|maincontent|"
    r"main[-_]content)(?:[-_]?(?:text|txt|body|con|content|box|main|detail|wrap|inner|info))?$",
    re.I,
)
# Whole lines of page chrome inside the content area.  The runs of spaces that nothing after them
# needs are possessive (\s*+): backtracking into them re-tried the following \s* at every split
# (' ' * 8000 + 'x': 0.22 s, '打印' + ' ' * 8000 + 'x': 0.85 s; now linear).
HTML_CLUTTER_LINE = re.compile(
    r"^\s*+(?:【\s*字[体號号]\s*[:：]?.*|字[体號号]\s*[:：]\s*[大中小\s]+.*|【\s*(?:打印|关闭|大|中|小)[^】]*】.*|"
    r"(?:打印本页|关闭窗口|打印|关闭|收藏|分享)(?:\s*+[|｜/]\s*+(?:打印本页|关闭窗口|打印|关闭|收藏|分享))*|"
    r"分享到\s*[:：].*|扫一扫.*|当前位置\s*[:：].*|您现在的位置\s*[:：].*|浏览次数\s*[:：].*|"
    r"\[?\s*+(?:打印|关闭|返回顶部)\s*+\]?(?:\s*+\[?\s*+(?:打印|关闭|返回顶部)\s*+\]?)*)\s*$"
)
# Block-level elements: a line break before and after.
HTML_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5",
        "h6", "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl", "center", "hr",
        "figure", "figcaption", "caption", "address", "body", "html",
    }
)
HTML_CELL_TAGS = frozenset({"td", "th"})
# <meta name=...> holding the article title on many CMSes (used when the page has no <h1>).
HTML_TITLE_META = ("ArticleTitle", "articletitle", "title", "og:title")
