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
    }
)

# A line ending in one of these closes its sentence: the next line is not its continuation.
SENTENCE_END = frozenset("。！？；：!?;:…”’」』)）】]")

# A line that is only a page number: "5", "- 5 -", "—5—", "第5页", "5/20".
PAGE_NUMBER_LINE = re.compile(r"[-—–~\s]*(?:第\s*\d{1,4}\s*页(?:\s*[/,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*/\s*\d{1,4})?)[-—–~\s]*")

# Web-page clutter and footers, matched at the start of a (folded) line.
FOOTER_LINE = re.compile(
    r"(?:来源\s*[:：]\s*网络|免责声明|版权所有|扫一扫|打印本页|关闭窗口|【\s*字体|分享到|责任编辑\s*[:：]|"
    r"Copyright|©|ICP备|网站地图|联系我们\s*$|返回顶部|上一篇|下一篇)"
)
