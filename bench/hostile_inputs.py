#!/usr/bin/env python3
"""Makes the hostile documents that bench/hostile.sh feeds to plangen's readers.

Usage: hostile_inputs.py OUTDIR

Each file is small (a few KB to a few MB) and aims at one resource: nesting (stack), unpacked or
decoded size (memory), work that grows faster than the input (time), or references that loop.
"""
import os
import sys
import zipfile
import zlib

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')
NUMBERING_REL = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
    'Target="numbering.xml"/></Relationships>')
TITLE = '<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>'


def docx(path, body_chunks, numbering=None):
    """A DOCX whose body is written chunk by chunk (so a 200 MB part needs no 200 MB string)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        if numbering is not None:
            z.writestr("word/_rels/document.xml.rels", NUMBERING_REL)
            z.writestr("word/numbering.xml", f'<?xml version="1.0"?><w:numbering xmlns:w="{W}">{numbering}</w:numbering>')
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>'.encode())
            for chunk in body_chunks:
                part.write(chunk.encode() if isinstance(chunk, str) else chunk)
            part.write(b"</w:body></w:document>")


def nested(open_tag, close_tag, inner, depth):
    yield open_tag * depth
    yield inner
    yield close_tag * depth


def pdf(path, objects, root=1):
    """A PDF from object bodies (1-based numbers), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + (body if isinstance(body, bytes) else body.encode()) + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as f:
        f.write(out)


def stream(data, dictionary="", compress=False):
    if compress:
        data = zlib.compress(data, 9)
        dictionary += " /Filter /FlateDecode"
    return f"<< /Length {len(data)}{dictionary} >>\nstream\n".encode() + data + b"\nendstream"


FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT = b"BT /F1 12 Tf 72 760 Td (KE HOACH) Tj ET"
PAGE = "/MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"


def words_page(rows, per_row, size):
    """A content stream of `rows` lines of `per_row` short words in a `size` pt font."""
    lines = [f"BT /F1 {size} Tf".encode()]
    for row in range(rows):
        words = " ".join(f"w{(row * per_row + k) % 97}" for k in range(per_row))
        lines.append(f"1 0 0 1 20 {820 - row * size * 1.07:.1f} Tm ({words}) Tj".encode())
    lines.append(b"ET")
    return b"\n".join(lines)


def page_pdf(path, page_extra, extra_objects, contents=TEXT, compress=False):
    """Catalog, pages, one page (object 3) with font 4 and contents 5, then the extra objects from 6."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /Contents 5 0 R " + page_extra + " >>",
        FONT,
        stream(contents, compress=compress),
    ] + extra_objects
    pdf(path, objects)


def zeros_deflated(size):
    """zlib data that inflates to `size` spaces, made without holding them."""
    compressor = zlib.compressobj(9)
    block = b" " * (1 << 20)
    parts = []
    left = size
    while left > 0:
        chunk = block if left >= len(block) else block[:left]
        parts.append(compressor.compress(chunk))
        left -= len(chunk)
    parts.append(compressor.flush())
    return b"".join(parts)


def main(out):
    os.makedirs(out, exist_ok=True)
    p = lambda name: os.path.join(out, name)
    depth = 30_000

    # --- DOCX: nesting in a paragraph and in the body, unknown elements, unpacked size, lists.
    docx(p("docx-nested-hyperlinks.docx"),
         [TITLE, "<w:p>", *nested("<w:hyperlink>", "</w:hyperlink>", "<w:r><w:t>sâu</w:t></w:r>", depth), "</w:p>"])
    docx(p("docx-nested-sdt.docx"),
         [TITLE, *nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:p/>", depth)])
    docx(p("docx-nested-unknown.docx"),
         [TITLE, *nested("<x:a xmlns:x=\"urn:x\">", "</x:a>", "", 100_000)])
    empty = "<w:p/>" * 100_000
    docx(p("docx-empty-paragraphs.docx"),
         [TITLE] + [empty] * (200 * 1024 * 1024 // len(empty)))
    letters = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2147483647"/>'
               '<w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
               '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    numbered = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>mục</w:t></w:r></w:p>'
    docx(p("docx-list-letters.docx"), [TITLE] + [numbered] * 7, numbering=letters)
    level9 = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
              '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
              '<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="9"><w:startOverride w:val="5"/>'
              '</w:lvlOverride></w:num>')
    docx(p("docx-list-level9.docx"), [TITLE, numbered], numbering=level9)
    # Just under the paragraph limit: what a legitimate giant document costs.
    docx(p("docx-95k-paragraphs.docx"), [TITLE] + ["<w:p><w:r><w:t>và các việc</w:t></w:r></w:p>"] * 95_000)

    # --- PDF: references that loop, decoded size, words on a page, deep arrays.
    page_pdf(p("pdf-mediabox-self.pdf"), "/Resources << /Font << /F1 4 0 R >> >> /MediaBox 6 0 R", ["6 0 R"])
    page_pdf(p("pdf-resources-loop.pdf"), "/MediaBox [0 0 595 842] /Resources 6 0 R", ["7 0 R", "6 0 R"])
    form = stream(b"/X1 Do", " /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X1 6 0 R >> >>")
    page_pdf(p("pdf-form-loop.pdf"), "/MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >>",
             [form], contents=TEXT + b" /X1 Do")
    # 4 MB of spaces deflate to about 4 KB; the page draws that stream a thousand times: 4 GB decoded.
    spaces = zeros_deflated(4 * 1024 * 1024)
    bomb = f"<< /Length {len(spaces)} /Filter /FlateDecode >>\nstream\n".encode() + spaces + b"\nendstream"
    refs = " ".join(["6 0 R"] * 1000)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents [5 0 R {refs}] >>",
        FONT,
        stream(TEXT),
        bomb,
    ]
    pdf(p("pdf-flate-bomb.pdf"), objects)
    big = zeros_deflated(4 * 1024 * 1024 * 1024)
    objects[2] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents [5 0 R 6 0 R] >>"
    objects[5] = f"<< /Length {len(big)} /Filter /FlateDecode >>\nstream\n".encode() + big + b"\nendstream"
    pdf(p("pdf-flate-4gb-stream.pdf"), objects)
    # 200,000 words on one page: 1,000 lines of 200 short words in a 1 pt font; and just under the
    # words limit, 19,000 words in a 3 pt font.
    page_pdf(p("pdf-200k-words.pdf"), PAGE, [], contents=words_page(1000, 200, 1), compress=True)
    page_pdf(p("pdf-19k-words.pdf"), PAGE, [], contents=words_page(250, 76, 3), compress=True)
    page_pdf(p("pdf-deep-array.pdf"), PAGE + " /Foo " +
             "[" * 100_000 + "]" * 100_000, [])

    # --- Text: 200,000 lines that join into one paragraph.
    with open(p("text-200k-lines.txt"), "w", encoding="utf-8") as f:
        f.write("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n1. Nội dung gồm\n")
        for k in range(200_000):
            f.write("và các việc\n")


if __name__ == "__main__":
    main(sys.argv[1])
