"""Write the two binary-ish samples from the text in this script.

- ``linjiang-nongcun-gonglu-guihua.docx``: a 规划 with 第X章 / 第X节 headings and a 专栏 table
  (needs python-docx: ``pip install 'planparse[docx]'``);
- ``linjiang-yanglao-xingdong-fangan.gb18030.txt``: an 行动方案 saved in GB18030, with half-width
  punctuation, ① items, full-width digits, Chinese numerals and masked numbers.

Run ``python samples/make_samples.py [OUTDIR]`` from anywhere; it overwrites both files
(in this folder unless OUTDIR is given). All text is
fictional (see samples/README.md).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent

GUIHUA_TITLE = "临江市“十五五”农村公路发展规划"
GUIHUA: list[tuple[str, str]] = [
    # (style, text): "title", "h1" chapter, "h2" section, "p" paragraph, "table:<caption>" a 专栏 table
    ("p", "为加快建设交通强市，推动“四好农村路”高质量发展，依据《临江市国民经济和社会发展第十五个五年规划纲要》，编制本规划。规划期为2026—2030年。"),
    ("h1", "第一章　发展基础"),
    ("h2", "第一节　主要成就"),
    ("p", "“十四五”期间，全市累计新改建农村公路1860公里，完成危桥改造126座，具备条件的建制村通客车比例达到100%。"),
    ("h2", "第二节　面临形势"),
    ("p", "农村公路路网结构仍不完善，部分路段技术等级偏低，养护资金保障不足，与乡村全面振兴的要求相比仍有差距。"),
    ("h1", "第二章　总体要求"),
    ("h2", "第一节　发展目标"),
    ("p", "到2030年，全市农村公路总里程达到9800公里，乡镇通三级及以上公路比例达到100%，农村公路优良中等路率不低于85%，养护工程年均实施比例不低于5%。"),
    ("table:专栏1　“十五五”农村公路发展主要指标", ""),
    ("h1", "第三章　主要任务"),
    ("h2", "第一节　完善农村公路网络"),
    ("p", "新改建农村公路1500公里，实施窄路面拓宽改造600公里，改造危旧桥梁80座。"),
    ("h2", "第二节　提升管理养护水平"),
    ("p", "全面落实县、乡、村三级路长制，农村公路列养率保持100%，每年安排养护资金不少于2.4亿元。"),
    ("h1", "第四章　保障措施"),
    ("p", "各县（市、区）人民政府是农村公路发展的责任主体，要将规划目标任务纳入年度考核。市交通运输局负责规划实施的统筹协调和监督评估。"),
]
GUIHUA_TABLE = [
    ("指标", "2025年", "2030年", "属性"),
    ("农村公路总里程（公里）", "9200", "9800", "预期性"),
    ("乡镇通三级及以上公路比例（%）", "96", "100", "约束性"),
    ("农村公路优良中等路率（%）", "80", "≥85", "预期性"),
]

YANGLAO = """临江市积极应对人口老龄化行动方案(2025-2027年)

为积极应对人口老龄化,健全基本养老服务体系,根据国家和省有关部署,结合我市实际,制定本方案.

一、工作目标
到2027年,全市养老机构护理型床位占比达到６５%以上,街道综合养老服务中心覆盖率达到100%,新增养老床位一千张,每个区县至少建成XX个示范性老年助餐点.

二、主要任务
(一)完善居家社区养老服务网络
1、建设社区养老服务设施.
①新建社区嵌入式养老服务综合体１２个;
②改造提升农村互助养老服务站点150个.
(牵头部门:市民政局;参与单位:市住房城乡建设局、市自然资源和规划局)
2、发展老年助餐服务.全市老年助餐点达到600个,服务老年人每日不少于2万人次.
(牵头部门:市民政局;参与单位:市商务局、市市场监管局)
(二)提升医养结合服务能力
1、二级及以上综合医院设立老年医学科的比例达到90%.
2、为65岁以上老年人提供健康管理服务,健康管理率保持在70%以上.
(牵头部门:市卫生健康委;参与单位:市医保局)

三、保障措施
各地各部门要加强统筹协调,市民政局会同有关部门每年对方案落实情况开展评估.
"""


def write_docx(path: Path) -> None:
    """The 规划 as a Word document: title, chapter/section headings, paragraphs, one table."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    props = doc.core_properties  # fixed metadata, so that reruns differ as little as possible
    props.author = "临江市交通运输局"
    props.title = GUIHUA_TITLE
    props.created = props.modified = dt.datetime(2025, 3, 1, 9, 0, 0)
    doc.add_heading(GUIHUA_TITLE, level=0)
    for style, text in GUIHUA:
        if style == "h1":
            doc.add_heading(text, level=1)
        elif style == "h2":
            doc.add_heading(text, level=2)
        elif style.startswith("table:"):
            doc.add_paragraph(style.removeprefix("table:"))
            table = doc.add_table(rows=0, cols=len(GUIHUA_TABLE[0]))
            table.style = "Table Grid"
            for row in GUIHUA_TABLE:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
        else:
            para = doc.add_paragraph(text)
            para.paragraph_format.first_line_indent = Pt(24)
    doc.save(str(path))


def write_gb18030(path: Path) -> None:
    """The 行动方案 as a GB18030 text file with CRLF line ends, as Windows editors save it."""
    path.write_bytes(YANGLAO.replace("\n", "\r\n").encode("gb18030"))


GB18030_NAME = "linjiang-yanglao-xingdong-fangan.gb18030.txt"
DOCX_NAME = "linjiang-nongcun-gonglu-guihua.docx"


def main(out: Path = HERE) -> None:
    """Write both files into ``out`` (default: this folder)."""
    out.mkdir(parents=True, exist_ok=True)
    write_gb18030(out / GB18030_NAME)
    write_docx(out / DOCX_NAME)


if __name__ == "__main__":
    import sys

    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
