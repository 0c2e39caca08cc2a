"""Reading the shared corpus and cutting it into gold passages.

A passage is a run of consecutive paragraphs of one document, cleaned mechanically
(`clean_line`): NFC, sara am as U+0E33, no private-use or zero-width characters,
whitespace runs as one space. One paragraph per line. Lines holding characters the
TLWG faces cannot show (emoji, other scripts) or web furniture are dropped.
"""
import json
import os
import lzma
import random
import re
import unicodedata

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"

# Characters a passage may hold: Thai, printable ASCII, and the punctuation Thai
# government text uses and the TLWG faces draw.
_EXTRA = set("“”‘’–—…•·°×÷")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_TONES = "\u0e48\u0e49\u0e4a\u0e4b"


def allowed_char(c):
    o = ord(c)
    return 0x0E01 <= o <= 0x0E5B or 0x20 <= o <= 0x7E or c in _EXTRA


def _pua_table():
    """Legacy-font glyph variants (U+F700-U+F71A, U+F884-U+F89E) -> standard Thai, from the
    project's mappings/pua.tsv (HarfBuzz's Thai shaper tables)."""
    path = os.path.join(os.path.dirname(__file__), "..", "..", "mappings", "pua.tsv")
    table = {}
    with open(path, encoding="utf-8") as fh:
        for row in fh:
            if row.strip() and not row.startswith("#"):
                fields = row.split("\t")
                table[int(fields[0], 16)] = "".join(chr(int(h, 16)) for h in fields[1].split())
    return table


_PUA = _pua_table()


def clean_line(line):
    """The mechanical cleaning that makes gold: no zero-width characters, legacy glyph
    variants as standard Thai, NFC, sara am composed. Returns None for a line with a
    private-use character no table maps (it cannot be cleaned mechanically)."""
    s = line.translate(_ZERO_WIDTH).translate(_PUA)
    if any(0xE000 <= ord(c) <= 0xF8FF for c in s):
        return None
    s = unicodedata.normalize("NFC", s)
    # nikhahit + sara aa, with a tone mark between or before, is sara am
    s = re.sub("([" + _TONES + "]?)\u0e4d([" + _TONES + "]?)\u0e32", lambda m: m.group(1) + m.group(2) + "\u0e33", s)
    s = re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()
    return unicodedata.normalize("NFC", s)


_HTML = re.compile(r"<[^>]*>|&[a-zA-Z#0-9]+;")
_NEWS_DROP = re.compile(r"^(พิมพ์|ที่มา|-{3,}|กลุ่มประชาสัมพันธ์|รัฐบาลไทย-ข่าวทำเนียบรัฐบาล)|https?://|www\.|\.php|\.html")


def news_paragraphs(text):
    """The body of a thaigov news release, without the web page's furniture."""
    out, seen = [], set()
    for raw in text.split("\n"):
        line = clean_line(raw)
        if not line or _NEWS_DROP.search(line) or _HTML.search(line) or line in seen:
            continue
        if not all(allowed_char(c) for c in line):
            continue
        seen.add(line)
        out.append(line)
    return out


def act_paragraphs(text):
    """The lines of an Act as krisdika.go.th sets them, without HTML remnants and footnote apparatus."""
    out = []
    for raw in text.split("\n"):
        line = clean_line(raw)
        if not line or _HTML.search(line) or not all(allowed_char(c) for c in line):
            continue
        out.append(line)
    return out


def thai_count(text):
    return sum(1 for c in text if 0x0E01 <= ord(c) <= 0x0E5B)


def read_jsonl_xz(path):
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


#: make-benchmark draws the paperwork's agencies, people and amounts from every tenth news document.
PAPERWORK_POOL_EVERY = 10


def in_paperwork_pool(index):
    """Whether the news document at `index` (0-based, in thaigov.jsonl.xz) feeds the paperwork pool."""
    return index % PAPERWORK_POOL_EVERY == 0


def benchmark_sources(manifest):
    """The `source` of every passage in a benchmark manifest (tune and check alike)."""
    sources = set()
    with open(manifest, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        column = header.index("source")
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) > column:
                sources.add(fields[column])
    return sources


def held_out_texts(corpus_dir, manifest, log=None):
    """The text of every corpus document the benchmark did not use: not a passage's source
    (`manifest`) and not in the paperwork pool. For deriving data that must not have seen
    the benchmark. `log`, if given, is called with a one-line count at the end."""
    held_out = benchmark_sources(manifest)
    kept = skipped = 0
    for name, prefix in (("thaigov.jsonl.xz", "thaigov:"), ("thai-law.jsonl.xz", "thai-law:")):
        for i, doc in enumerate(read_jsonl_xz(os.path.join(corpus_dir, name))):
            if prefix + doc["source"] in held_out or (name.startswith("thaigov") and in_paperwork_pool(i)):
                skipped += 1
                continue
            kept += 1
            yield doc["text"]
    if log:
        log(f"documents: {kept} read, {skipped} held out")


def to_thai_digits(s):
    return "".join(THAI_DIGITS[int(c)] if c.isdigit() and c.isascii() else c for c in s)


def to_arabic_digits(s):
    return "".join(str(THAI_DIGITS.index(c)) if c in THAI_DIGITS else c for c in s)


_BE_YEAR = re.compile(r"(?:พ\.ศ\.|พุทธศักราช)\s*([๐-๙0-9]{4})")


def act_year(paragraphs):
    """The Buddhist Era year in an Act's title block, or None."""
    for p in paragraphs[:12]:
        m = _BE_YEAR.search(p)
        if m:
            return int(to_arabic_digits(m.group(1)))
    return None


def cut_passage(paragraphs, target, rng):
    """Consecutive paragraphs from a random start until `target` characters; a paragraph
    longer than what remains is cut at a space. Returns the list of lines."""
    total = sum(len(p) for p in paragraphs)
    if total <= target:
        start = 0
    else:
        # starts from which `target` characters still follow
        acc, ends = 0, []
        for p in reversed(paragraphs):
            acc += len(p)
            ends.append(acc)
        ends.reverse()
        candidates = [i for i, rest in enumerate(ends) if rest >= target]
        start = rng.choice(candidates) if candidates else 0
    lines, size = [], 0
    for p in paragraphs[start:]:
        if size >= target:
            break
        remaining = target - size
        if len(p) > remaining + 300:
            cut = p.rfind(" ", 0, remaining + 1)
            if cut > 40:
                p = p[:cut]
        lines.append(p)
        size += len(p)
    return lines
