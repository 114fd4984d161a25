#!/usr/bin/env python3
"""Reads a Word report written by `dgtk report --format docx` with an independent reader
(python-docx) and prints what it finds as one JSON object, for tests/cli/docx.rs to compare with
the report's model.

Usage: python3 tests/docx/check.py REPORT.docx

Printed: the headings per style (in order), the tables (header cells, row count, whether the
header row repeats on each page, first-column texts), the pictures (alt text, size), the page
size and margins, the footer's fields and text, the page header's text, the body text, the
paragraphs that start a new page, and the body's paragraphs and tables in document order.
Exits 1, naming the problem, when the file does not open as a Word document or when a part of
the package is not well-formed XML.
"""

import json
import sys
import zipfile
from xml.etree import ElementTree

import docx
from docx.oxml.ns import qn

path = sys.argv[1]

# Every XML part is well-formed XML 1.0 (a control character in a text would make it not).
with zipfile.ZipFile(path) as z:
    for name in z.namelist():
        if name.endswith(".xml") or name.endswith(".rels"):
            try:
                ElementTree.fromstring(z.read(name))
            except ElementTree.ParseError as e:
                print(f"{name}: not well-formed XML: {e}", file=sys.stderr)
                sys.exit(1)

d = docx.Document(path)

headings = {}
for p in d.paragraphs:
    name = p.style.name if p.style is not None else ""
    if name.startswith("Heading"):
        headings.setdefault(name, []).append(p.text)


def cell_text(c):
    return "\n".join(p.text for p in c.paragraphs)


tables = []
for t in d.tables:
    rows = t.rows
    header = rows[0]
    trPr = header._tr.trPr
    repeats = trPr is not None and trPr.find(qn("w:tblHeader")) is not None
    later = [r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None for r in rows[1:]]
    tables.append(
        {
            "header": [cell_text(c) for c in header.cells],
            "rows": len(rows) - 1,
            "header_repeats": repeats,
            "other_rows_repeat": any(later),
            "first_column": [cell_text(r.cells[0]) for r in rows[1:]],
            "cells": [[cell_text(c) for c in r.cells] for r in rows[1:]],
        }
    )

images = []
for shape in d.inline_shapes:
    docpr = shape._inline.docPr
    images.append(
        {
            "descr": docpr.get("descr", ""),
            "width_mm": round(shape.width.mm, 1),
            "height_mm": round(shape.height.mm, 1),
        }
    )
# The picture parts are PNG files.
with zipfile.ZipFile(path) as z:
    media = [n for n in z.namelist() if n.startswith("word/media/")]
    pngs = [n for n in media if z.read(n)[:8] == b"\x89PNG\r\n\x1a\n"]

s = d.sections[0]
footer = s.footer
fields = [
    el.text.strip()
    for p in footer.paragraphs
    for el in p._p.iter(qn("w:instrText"))
    if el.text
]
# The paragraphs that start a new page (w:pageBreakBefore): the annex's sections.
new_pages = [
    p.text
    for p in d.paragraphs
    if p._p.pPr is not None and p._p.pPr.find(qn("w:pageBreakBefore")) is not None
]
# The body's paragraphs and tables in document order, as one list: a paragraph is its text, a
# table is "[table: FIRST HEADER CELL]", so that tests can say what comes before what.
order = []
for el in d.element.body.iterchildren():
    if el.tag == qn("w:p"):
        order.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
    elif el.tag == qn("w:tbl"):
        first = next(el.iter(qn("w:tc")), None)
        head = "" if first is None else "".join(t.text or "" for t in first.iter(qn("w:t")))
        order.append(f"[table: {head}]")
body_text = "\n".join(p.text for p in d.paragraphs)
for t in d.tables:
    for r in t.rows:
        for c in r.cells:
            body_text += "\n" + cell_text(c)

hyperlinks = [
    rel.target_ref
    for rel in d.part.rels.values()
    if rel.reltype.endswith("/hyperlink")
]

print(
    json.dumps(
        {
            "headings": headings,
            "tables": tables,
            "images": images,
            "media": media,
            "pngs": pngs,
            "page": {
                "width_mm": round(s.page_width.mm),
                "height_mm": round(s.page_height.mm),
                "left_mm": round(s.left_margin.mm),
            },
            "footer_fields": fields,
            "footer_text": "\n".join(p.text for p in footer.paragraphs),
            "header_text": "\n".join(p.text for p in s.header.paragraphs),
            "hyperlinks": hyperlinks,
            "core_title": d.core_properties.title,
            "body_text": body_text,
            "new_pages": new_pages,
            "order": order,
        },
        ensure_ascii=False,
    )
)
