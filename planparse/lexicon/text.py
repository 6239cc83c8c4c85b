"""Tables for text normalisation: width folding, clutter lines, sentence ends."""

from __future__ import annotations

import regex as re

# Full-width ASCII (U+FF01..U+FF5E) → half-width, plus a few look-alikes.
# Every mapping is one character to one character, so folded text keeps offsets.
FOLD_TABLE: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
FOLD_TABLE.update(
    {
        ord("\u3000"): " ",
        ord("﹒"): ".",
        ord("﹐"): ",",
        ord("﹔"): ";",
        ord("﹕"): ":",
        ord("﹙"): "(",
        ord("﹚"): ")",
        ord("〔"): "〔",
        ord("\u00a0"): " ",
        # line separators read as "\n" so that every stage finds lines in `folded` the same way
        ord("\r"): "\n",
        ord("\u2028"): "\n",
        ord("\u2029"): "\n",
        ord("\x0b"): "\n",
        ord("\x0c"): "\n",
        ord("\x85"): "\n",
    }
)

# A line ending in one of these closes its sentence: the next line is not its continuation.
SENTENCE_END = frozenset("。！？；：!?;:…”’」』)）】]")
# A line ending in an opening bracket or quote was cut inside a token (a heading number "（" / "二）…"):
# it always continues on the next line.
OPENERS = frozenset("（(【〔［[《〈“‘「『")

# A line that is only a page number: "5", "- 5 -", "—5—", "第5页", "5/20".
PAGE_NUMBER_LINE = re.compile(
    r"[-—–~\s]{0,6}+(?:第\s{0,2}+\d{1,4}+\s{0,2}+页(?:\s{0,2}+[/,，]?\s{0,2}+共\s{0,2}+\d{1,4}+\s{0,2}+页)?"
    r"|\d{1,4}+(?:\s{0,2}+/\s{0,2}+\d{1,4}+)?)[-—–~\s]{0,6}+"
)

# Web-page clutter and footers, matched at the start of a (folded) line no longer than FOOTER_MAX_LEN.
FOOTER_LINE = re.compile(
    r"(?:来源\s{0,3}+[:：]\s{0,3}+网络|免责声明|版权所有|版权声明|扫一扫|打印本页|关闭窗口|[【\[]?\s{0,3}+字[体号]\s{0,3}+[:：]|分享到|"
    r"责任编辑\s{0,3}+[:：]|编辑\s{0,3}+[:：]\s{0,3}+\S{1,8}\s{0,3}+$|Copyright|©|ICP备|网站地图|联系我们\s{0,3}+$|返回顶部|上一篇|下一篇|"
    r"(?:[【\[]?(?:打印|关闭|收藏|分享|纠错|返回|保存|下载|打印本页|关闭窗口)[】\]]?[ |｜/]{0,3}+){2,8}+$|"
    r"(?:浏览|阅读|访问|点击)(?:次数|量)\s{0,3}+[:：]|分享\s{0,3}+[:：]|【\s{0,3}+(?:打印|关闭)|相关(?:链接|附件|稿件)\s{0,3}+[:：]?\s{0,3}+$|"
    r"主办单位\s{0,3}+[:：]|承办单位\s{0,3}+[:：]|技术支持\s{0,3}+[:：]|"
    r"(?:信息|文章|稿件|内容)?来源\s{0,3}+[:：][^。，,]{0,30}+$|发布(?:时间|日期)\s{0,3}+[:：]|当前位置\s{0,3}+[:：]|"
    r"首页\s{0,3}+[>＞»]|(?:作者|审核|校对)\s{0,3}+[:：]\s{0,3}+\S{1,10}+\s{0,3}+$|网站标识码|政府网站找错)"
)
FOOTER_MAX_LEN = 80

# Rejoining lines (normalize.py).  A paragraph-per-line text joins a line cut mid-sentence only when it is
# at least this long (titles, dates and names are short and stay on their own line).
JOIN_MIN_CHARS = 40
# A text is hard-wrapped (PDF) when at least this share of its lines stop mid-sentence at about one width
# (display columns, CJK = 2), and that width is at most WRAP_MAX_WIDTH.
WRAP_MIN_SHARE = 0.3
WRAP_MAX_WIDTH = 160

# A table-of-contents entry: dot leaders (or a wide gap) and a page number at the end.  Never joined.
TOC_LINE = re.compile(r"(?:[.…·‧_\-—]{3}|\s{2})[.…·‧_\-—\s]{0,400}+\d{1,4}+\s{0,3}+$")  # use .search

# In a line of at least SPACED_LINE_MIN characters (a document flattened to one line, a paragraph with a
# heading glued to it), a space that ends a sentence or a heading, or precedes a heading token, is a line break.
SPACED_LINE_MIN = 200

# The text before a line's first tab that makes the tab spacing after a heading number, not a cell
# boundary (一、<tab>总体要求, （三）<tab>…, 1.<tab>…, 第二章<tab>总则).
# (A bare number before a tab is a serial-number cell: 1<tab>新建幼儿园<tab>市教育局.)  Used with fullmatch.
TAB_AFTER_NUMBER = re.compile(
    r"\s*+(?:[一二三四五六七八九十百]{1,4}+[、.．]|[（(][一二三四五六七八九十0-9]{1,3}+[）)]|[0-9]{1,3}+[、.．]"
    r"|[①-⑳]|第[一二三四五六七八九十百零0-9]{1,5}+[编章节条款])"
)
