"""Real Word list numbering for DOCX files made with python-docx in tests: an abstract list
definition and a list instance in ``numbering.xml``, and ``w:numPr`` on the paragraphs, as
Word writes them (the marker is not in the paragraph's text)."""

from __future__ import annotations

from docx.document import Document
from docx.oxml import parse_xml
from docx.text.paragraph import Paragraph

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_list(document: Document, levels: list[tuple[str, str]]) -> int:
    """Define a list whose levels are (numFmt, lvlText), e.g. ("lowerLetter", "%1."); returns
    its numId."""
    numbering = document.part.numbering_part.element
    ids = [int(n.get(f"{{{W}}}numId")) for n in numbering.findall(f"{{{W}}}num")]
    abstract_ids = [
        int(a.get(f"{{{W}}}abstractNumId")) for a in numbering.findall(f"{{{W}}}abstractNum")
    ]
    num_id, abstract_id = max(ids, default=0) + 1, max(abstract_ids, default=0) + 1
    lvls = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for ilvl, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'
    )
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num xmlns:w="{W}" w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def numbered(paragraph: Paragraph, num_id: int, ilvl: int = 0) -> Paragraph:
    """Make ``paragraph`` an item of list ``num_id`` at level ``ilvl``."""
    properties = paragraph._p.get_or_add_pPr()
    properties.append(
        parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return paragraph
