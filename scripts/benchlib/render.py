"""Documents as real tools render and read them.

`flat_odt` writes a LibreOffice flat ODT (A4, one face and size, justified or
left-aligned; paperwork with centred headings, a bordered table and a signature
block); LibreOffice turns it into a PDF. `pango_text` is the input of `pango-view`
(one long page). The routes then read the PDFs: pdftotext in its three modes, and
tesseract on pages rasterised at 300 dpi or at 150 dpi and degraded by ImageMagick.
"""
import os
import subprocess
import sys
from xml.sax.saxutils import escape

FACES = ["Garuda", "Kinnari", "Laksaman", "Loma", "Norasi", "Sawasdee", "Umpush", "Waree",
         "Tlwg Typo", "Purisa"]

ROUTES = [
    "lo-pdftotext",            # LibreOffice PDF, pdftotext (reading order)
    "lo-pdftotext-layout",     # LibreOffice PDF, pdftotext -layout
    "lo-pdftotext-raw",        # LibreOffice PDF, pdftotext -raw (content-stream order)
    "pango-pdftotext",         # pango/cairo PDF, pdftotext
    "ocr300-tha+eng",          # LibreOffice PDF at 300 dpi, tesseract -l tha+eng --psm 6
    "ocr300-tha",              # the same, tesseract -l tha
    "ocr150-degraded-tha+eng", # 150 dpi, rotated, blurred, noisy, JPEG; tesseract -l tha+eng
    "ocr150-degraded-tha",     # the same, tesseract -l tha
]

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def _text_props(face, size, bold=False):
    weight = ' fo:font-weight="bold" style:font-weight-complex="bold"' if bold else ""
    return (f'<style:text-properties style:font-name="{face}" fo:font-size="{size}pt" '
            f'style:font-name-complex="{face}" style:font-size-complex="{size}pt" '
            f'style:font-name-asian="{face}" style:font-size-asian="{size}pt" '
            f'fo:language="th" fo:country="TH" style:language-complex="th" style:country-complex="TH"{weight}/>')


def flat_odt(blocks, face, size, align):
    """A flat ODT document of `blocks` ((style, content) pairs; see paperwork.make_form;
    a plain passage is all "para")."""
    body_align = "justify" if align == "justify" else "start"
    styles = {
        "para": (f'fo:text-align="{body_align}" fo:text-indent="1.25cm" fo:margin-bottom="0.1cm"', False, size),
        "heading": ('fo:text-align="center" fo:margin-bottom="0.1cm"', True, size + 2),
        "memo-title": ('fo:text-align="center" fo:margin-bottom="0.3cm"', True, size + 6),
        "center": ('fo:text-align="center" fo:margin-bottom="0.1cm"', False, size),
        "field": ('fo:text-align="start" fo:margin-bottom="0.1cm"', False, size),
        "item": (f'fo:text-align="{body_align}" fo:margin-left="1.25cm" fo:margin-bottom="0.05cm"', False, size),
        "sign-date": ('fo:text-align="center" fo:margin-left="7cm" fo:margin-top="0.6cm"', False, size),
        "sign": ('fo:text-align="center" fo:margin-left="7cm"', False, size),
        "cell": ('fo:text-align="start"', False, size),
        "cell-head": ('fo:text-align="center"', True, size),
    }
    auto = ['<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
            'fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" '
            'fo:margin-right="2cm"/></style:page-layout>']
    for name, (props, bold, sz) in styles.items():
        auto.append(f'<style:style style:name="{name}" style:family="paragraph">'
                    f'<style:paragraph-properties {props}/>{_text_props(face, sz, bold)}</style:style>')
    auto.append('<style:style style:name="tbl" style:family="table"><style:table-properties '
                'style:width="16cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/></style:style>')
    for name, width in (("c1", "1.6cm"), ("c2", "10.4cm"), ("c3", "4cm")):
        auto.append(f'<style:style style:name="{name}" style:family="table-column">'
                    f'<style:table-column-properties style:column-width="{width}"/></style:style>')
    for name, width in _CRITERIA_WIDTHS.items():
        auto.append(f'<style:style style:name="k{name}" style:family="table-column">'
                    f'<style:table-column-properties style:column-width="{width}"/></style:style>')
    auto.append('<style:style style:name="td" style:family="table-cell"><style:table-cell-properties '
                'fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>')

    out = []
    for style, content in blocks:
        if style == "table":
            out.append('<table:table table:name="t" table:style-name="tbl">'
                       '<table:table-column table:style-name="c1"/><table:table-column table:style-name="c2"/>'
                       '<table:table-column table:style-name="c3"/>')
            for r, row in enumerate(content):
                out.append("<table:table-row>")
                for cell in row:
                    pstyle = "cell-head" if r == 0 else "cell"
                    out.append(f'<table:table-cell table:style-name="td" office:value-type="string">'
                               f'<text:p text:style-name="{pstyle}">{escape(cell)}</text:p></table:table-cell>')
                out.append("</table:table-row>")
            out.append("</table:table>")
        elif style == "criteria-table":
            out.append(_criteria_table(content))
        else:
            out.append(f'<text:p text:style-name="{style}">{escape(content)}</text:p>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document {_NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">'
            f'<office:font-face-decls><style:font-face style:name="{face}" svg:font-family="\'{face}\'"/>'
            '</office:font-face-decls>'
            f'<office:automatic-styles>{"".join(auto)}</office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
            '</office:master-styles>'
            f'<office:body><office:text>{"".join(out)}</office:text></office:body></office:document>\n')


#: Widths of a criteria table's columns by the heading's width class (see _criteria_table).
_CRITERIA_WIDTHS = {"id": "1.4cm", "narrow": "1.8cm", "criterion": "6.8cm", "people": "3.6cm"}


def _criteria_table(content):
    """A criteria table (paperwork.make_criteria_form): the first row is the heading; a row of
    one cell spans the table (a part's heading); a cell's lines are paragraphs; `spans` merge a
    cell over the rows below it."""
    rows, spans = content["rows"], {(r, c): n for r, c, n in content["spans"]}
    width = len(rows[0])
    kinds = ["id"] + ["criterion"] + ["narrow" if len(h) <= 10 and not h.startswith("ผู้") else "people"
                                      for h in rows[0][2:]]
    out = ['<table:table table:name="k" table:style-name="tbl">']
    out += [f'<table:table-column table:style-name="k{k}"/>' for k in kinds]
    covered = set()
    for (r, c), n in spans.items():
        covered.update((r + k, c) for k in range(1, n))
    for r, row in enumerate(rows):
        out.append("<table:table-row>")
        pstyle = "cell-head" if r == 0 else "cell"
        if len(row) == 1 and width > 1:
            out.append(f'<table:table-cell table:style-name="td" office:value-type="string" '
                       f'table:number-columns-spanned="{width}"><text:p text:style-name="cell">{escape(row[0])}'
                       '</text:p></table:table-cell>' + '<table:covered-table-cell/>' * (width - 1))
        else:
            for c, cell in enumerate(row):
                if (r, c) in covered:
                    out.append('<table:covered-table-cell/>')
                    continue
                span = f' table:number-rows-spanned="{spans[(r, c)]}"' if (r, c) in spans else ""
                paragraphs = "".join(f'<text:p text:style-name="{pstyle}">{escape(line)}</text:p>'
                                     for line in cell.split("\n"))
                out.append(f'<table:table-cell table:style-name="td" office:value-type="string"{span}>'
                           f'{paragraphs}</table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def run(cmd, **kw):
    """Runs a tool; its failure stops the build with the command and its message."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1", LC_ALL="C.UTF-8")
    p = subprocess.run(cmd, capture_output=True, env=env, **kw)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))}: exit {p.returncode}: {p.stderr.decode(errors='replace')[-500:]}")
    return p.stdout


def libreoffice_pdfs(fodt_paths, outdir, profile):
    """Converts flat ODT files to PDF, each in a LibreOffice process of its own (with the
    worker's profile). One process converting several documents lays a later one out
    differently from a fresh process (seen: other line breaks around Latin words in
    Tlwg Typo), so the PDF would depend on the batch and on --jobs."""
    for fodt in fodt_paths:
        pdf = os.path.join(outdir, os.path.basename(fodt)[:-5] + ".pdf")
        # LibreOffice sometimes crashes while it creates a new profile: try again.
        for attempt in range(3):
            try:
                run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                     "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, fodt])
            except RuntimeError:
                if attempt == 2:
                    raise
            if os.path.exists(pdf):
                break


def pango_pdf(text_path, pdf_path, face, size, align):
    flags = ["--justify"] if align == "justify" else []
    run(["pango-view", "--no-display", f"--font={face} {size}", "--width=453", "--wrap=word-char",
         "--margin=56", "--dpi=72", *flags, "-o", pdf_path, text_path])


def pdf_pages(pdf_path):
    for line in run(["pdfinfo", pdf_path]).decode("utf-8", "replace").splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise RuntimeError(f"pdfinfo {pdf_path}: no page count")


def pdftotext(pdf_path, mode):
    flags = {"default": [], "layout": ["-layout"], "raw": ["-raw"]}[mode]
    return run(["pdftotext", "-enc", "UTF-8", *flags, pdf_path, "-"]).decode("utf-8")


def page_images(pdf_path, prefix, dpi):
    """Rasterises every page in grey; returns the PNG paths in page order."""
    run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf_path, prefix])
    folder, stem = os.path.split(prefix)
    pages = sorted((f for f in os.listdir(folder) if f.startswith(os.path.basename(stem) + "-") and f.endswith(".png")),
                   key=lambda f: int(f.rsplit("-", 1)[1].split(".")[0]))
    return [os.path.join(folder, f) for f in pages]


def degrade(png, jpg, rng):
    """A scanned-looking page: slight rotation, blur, noise, JPEG compression (ImageMagick,
    seeded). Returns the parameters used."""
    params = {"rotate": round(rng.uniform(0.3, 1.5) * rng.choice([-1, 1]), 2),
              "blur": round(rng.uniform(0.3, 0.7), 2), "noise": round(rng.uniform(0.2, 0.5), 2),
              "quality": rng.randint(35, 60), "seed": rng.randint(1, 10**6)}
    run(["convert", png, "-background", "white", "-rotate", str(params["rotate"]),
         "-blur", f"0x{params['blur']}", "-seed", str(params["seed"]), "-attenuate", str(params["noise"]),
         "+noise", "Gaussian", "-quality", str(params["quality"]), jpg])
    return params


def tesseract(image, langs, dpi):
    out = run(["tesseract", image, "stdout", "-l", langs, "--psm", "6", "--dpi", str(dpi)])
    return out.decode("utf-8").replace("\f", "").rstrip("\n") + "\n"


def tool_versions():
    """The version line of every tool the benchmark runs; "not found" for a missing one
    (a face that fontconfig would replace by another counts as missing)."""
    def first(cmd):
        try:
            p = subprocess.run(cmd, capture_output=True, text=True)
        except OSError:
            return "not found"
        lines = (p.stdout or p.stderr).strip().splitlines()
        return lines[0] if p.returncode == 0 and lines else "not found"
    versions = {
        "soffice": first(["soffice", "--version"]),
        "pango-view": first(["pango-view", "--version"]),
        "pdftotext": first(["pdftotext", "-v"]),
        "pdftoppm": first(["pdftoppm", "-v"]),
        "tesseract": first(["tesseract", "--version"]),
        "convert": first(["convert", "-version"]),
        "python": sys.version.split()[0],
    }
    for package in ("fonts-thai-tlwg", "tesseract-ocr-tha", "tesseract-ocr-eng", "libreoffice-writer-nogui"):
        versions[package] = first(["dpkg-query", "-W", "-f=${Version}", package])
    for face in FACES:
        found = first(["fc-match", "-f", "%{family}", face])
        versions["face " + face] = "ok" if face in found.split(",") else "not found"
    return versions
