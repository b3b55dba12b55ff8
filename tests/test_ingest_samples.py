"""Small generated documents (no tests here) for the ingest tests and benchmarks/bench_ingest.py; no binary fixtures.

PDFs are written by hand (Helvetica with WinAnsiEncoding, so å/ä/ö work) rather than with a PDF library: the
tests need text placed at known positions, running headers/footers and pages without a text layer, which a
hand-written content stream states directly. ODT and DOCX are ZIP packages of a few XML parts; RTF is text.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(
    pages: list[list[str] | None],
    header: str | None = None,
    footer: str | None = None,
    leading: int = 14,
) -> bytes:
    """One PDF page per item: a list of lines ("" = paragraph gap), or None for a page without a text layer.

    `header`/`footer` are drawn at the top/bottom of every text page; "{n}" in them becomes the page number.
    """
    objects: list[bytes] = []  # object i+1
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # pages, filled below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for number, lines in enumerate(pages, start=1):
        ops = [b"q 0.8 g 72 500 200 100 re f Q"]  # a grey box: something on the page even when no text
        if lines is not None:
            ops.append(b"BT /F1 11 Tf 72 780 Td " + str(leading).encode() + b" TL")
            for line in lines:
                ops.append(b"T*" if not line else _pdf_string(line) + b" Tj T*")
            ops.append(b"ET")
            for text, y in ((header, 815), (footer, 30)):
                if text:
                    ops.append(b"BT /F1 9 Tf 72 %d Td " % y + _pdf_string(text.replace("{n}", str(number))) + b" Tj ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_ref = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents %d 0 R >>" % content_ref
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def placed_pdf(pages: list[list[tuple[float, float, float, str]]], width: int = 595, height: int = 842) -> bytes:
    """One PDF page per item: text runs (x, y of the baseline, font size, text), written to the content stream in
    the order given (so a generator that writes a two-column page row by row can be imitated)."""
    return _pdf_document(
        [b"\n".join(b"BT /F1 %.1f Tf %.1f %.1f Td " % (size, x, y) + _pdf_string(text) + b" Tj ET"
                    for x, y, size, text in runs) for runs in pages],
        width, height,
    )


def _pdf_document(streams: list[bytes], width: int = 595, height: int = 842) -> bytes:
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for stream in streams:
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % (width, height, len(objects)))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _zip(parts: dict[str, bytes | str], stored_first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if stored_first:
            archive.writestr(zipfile.ZipInfo(stored_first), parts[stored_first], compress_type=zipfile.ZIP_STORED)
        for name, data in parts.items():
            if name != stored_first:
                archive.writestr(name, data)
    return buffer.getvalue()


ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def make_odt(body_xml: str, title: str | None = None, styles_xml: str = "") -> bytes:
    """An .odt whose office:text holds `body_xml` (text:h / text:p / table:table elements), after `styles_xml`
    (an office:automatic-styles element)."""
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>{styles_xml}'
    content += "<office:body><office:text>" + body_xml + "</office:text></office:body></office:document-content>"
    parts: dict[str, bytes | str] = {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content}
    if title:
        parts["meta.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?><office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>'
            f"<dc:title>{escape(title)}</dc:title></office:meta></office:document-meta>"
        )
    return _zip(parts, stored_first="mimetype")


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_paragraph(text: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def make_docx(body_xml: str, extra_parts: dict[str, bytes | str] | None = None) -> bytes:
    """A minimal .docx whose w:body holds `body_xml` (w:p / w:tbl elements)."""
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>{body_xml}</w:body></w:document>'
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "word/document.xml": document,
        **(extra_parts or {}),
    }
    return _zip(parts)


def make_rtf(paragraphs: list[str]) -> bytes:
    """RTF with cp1252 hex escapes for non-ASCII letters, one \\par per paragraph."""

    def encode(text: str) -> str:
        return "".join(ch if ord(ch) < 128 else f"\\'{ch.encode('cp1252')[0]:02x}" for ch in text)

    body = "\\par\n".join(encode(p) for p in paragraphs)
    head = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 "
    return (head + body + "\\par\n}").encode("ascii")
