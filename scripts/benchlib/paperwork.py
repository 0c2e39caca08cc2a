"""Corpus text set into the forms of official paperwork.

A form is a list of blocks; the renderer lays each out (centred heading, indented
paragraph, numbered item, table, signature block) and the gold is the text of the
blocks, one line each (a table row: its cells joined by tabs). The form words are the
fixed field names every Thai official document prints (คำสั่ง, ที่, เรื่อง, เรียน,
สั่ง ณ วันที่, ...); every other word comes from the corpus: the subject is a news
release's title, the body and the numbered items its paragraphs and clauses, the
issuer an agency it names, the table's items and amounts are projects and sums the
corpus names, the signatory a person it names with their position.
"""
import collections
import re

from .corpus import to_thai_digits

MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]

_TH = "ก-ฮะ-ฺเ-๎"  # Thai letters, vowels and marks (no digits, no spaces)
# A run of Thai letters that starts like an agency or a position. Thai does not put spaces
# between words, so a run may go on into the words after the name ("กรมธนารักษ์จึงได้นำ");
# Pools.name_in cuts it to the prefix the corpus writes on its own most often.
_RUN_END = r"(?![" + _TH + r"])"
AGENCY = re.compile(r"(?<![" + _TH + r"])(?:กระทรวง|กรม|สำนักงาน)[ก-ฮ][" + _TH + r"]{2,60}")
POSITION = re.compile(r"(?<![" + _TH + r"])(?:รอง)?(?:นายกรัฐมนตรี|รัฐมนตรี|โฆษก|ผู้อำนวยการ|อธิบดี|ปลัด|เลขาธิการ|ผู้ว่าราชการ)[" + _TH + r"]*")
PERSON = re.compile(r"(นางสาว|นาย|นาง)([" + _TH + r"]{2,18}) ([" + _TH + r"]{2,22}) (?=(?:รอง)?(?:นายกรัฐมนตรี|รัฐมนตรี|โฆษก|ผู้อำนวยการ|อธิบดี|ปลัด|เลขาธิการ|ผู้ว่าราชการ))")
PROJECT = re.compile(r"(?<![" + _TH + r"])โครงการ[ก-ฮเ-ไ][" + _TH + r"]{3,45}" + _RUN_END)
AMOUNT = re.compile(r"(?<![0-9,.])([0-9]{1,3}(?:,[0-9]{3})+)(?:\.([0-9]{2}))? บาท")
DATE = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})")


class Pools:
    """Agencies, people with positions, projects and amounts seen in the corpus, and how
    often each agency or position is written standing alone (between non-letters)."""

    def __init__(self):
        self.agencies, self.people, self.projects, self.amounts = [], [], [], []
        self.alone = collections.Counter()

    def add(self, text):
        alone = set()
        for pattern in (AGENCY, POSITION):
            for m in pattern.finditer(text):
                end = m.end()
                if end == len(text) or not re.match("[" + _TH + "]", text[end]):
                    alone.add(m.group())
        self.alone.update(alone)  # documents, not occurrences: a release repeats its title
        self.agencies += AGENCY.findall(text)
        for m in PERSON.finditer(text):
            title, given, family = m.groups()
            if given.startswith(("กรัฐ", "แพทย์")):  # นายกรัฐมนตรี, นายแพทย์: not a name
                continue
            position = POSITION.match(text, m.end())
            self.people.append((title, given, family, position.group()))
        self.projects += PROJECT.findall(text)
        self.amounts += [int(a.replace(",", "")) for a, _ in AMOUNT.findall(text)]

    def name_in(self, run, shortest):
        """The prefix of `run` that names an agency or position: of the prefixes the corpus
        writes alone in at least 3 documents, the longest one written at least a fifth as often as
        the most frequent. None if there is none."""
        counts = [(k, self.alone[run[:k]]) for k in range(shortest, len(run) + 1)]
        counts = [(k, n) for k, n in counts if n >= 3]
        if not counts:
            return None
        top = max(n for _, n in counts)
        return run[:max(k for k, n in counts if n * 5 >= top)]

    def freeze(self):
        people = []
        for title, given, family, position in self.people:
            position = self.name_in(position, 4)
            if position:
                people.append((title, given, family, position))
        self.people = people
        self.agencies = [a for run in self.agencies for a in self.agencies_in(run)]
        for name in ("agencies", "people", "projects", "amounts"):
            setattr(self, name, sorted(set(getattr(self, name))))

    def agencies_in(self, text):
        """The agencies `text` names (cut to their names as above)."""
        found = []
        for m in AGENCY.finditer(text):
            prefix = next(p for p in ("กระทรวง", "สำนักงาน", "กรม") if m.group().startswith(p))
            name = self.name_in(m.group(), len(prefix) + 3)
            if name:
                found.append(name)
        return found


def _number(n, thai):
    s = f"{n:,}"
    return to_thai_digits(s) if thai else s


def _digits(s, thai):
    return to_thai_digits(s) if thai else s


def _shorten(text, limit):
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut] if cut > 20 else text[:limit]


def _clauses(paragraphs, rng, count):
    """Clauses of the body (Thai separates them by spaces) to serve as numbered items."""
    pieces = [c for p in paragraphs for c in p.split(" ") if 25 <= len(c) <= 160]
    rng.shuffle(pieces)
    return pieces[:count]


def make_form(kind, doc_paragraphs, pools, rng):
    """Blocks of one official document of `kind` (order, announcement or memo).

    Returns (blocks, facts): blocks are (style, content) pairs, content a string or,
    for "table", a list of rows; facts are what the form states (for later extraction
    benchmarks): number, date, signatory, amounts.
    """
    thai = rng.random() < 0.7
    def thai_share(p):
        return sum(1 for c in p if "\u0e01" <= c <= "\u0e5b") / max(1, len(p))
    # The title: the first paragraph that is Thai prose and not the release's date line.
    titles = [p for p in doc_paragraphs[:4] if len(p) >= 20 and thai_share(p) > 0.6 and not DATE.search(p)]
    title = titles[0] if titles else doc_paragraphs[0]
    body = [p for p in doc_paragraphs if p != title and thai_share(p) > 0.5]
    doc_text = "\n".join(doc_paragraphs)
    agencies = pools.agencies_in(doc_text) or pools.agencies
    issuer = rng.choice(agencies)
    people = [p for p in pools.people if f"{p[1]} {p[2]}" in doc_text] or pools.people
    signer = rng.choice(people)
    m = DATE.search(doc_text)
    if m:
        day, month, year = int(m.group(1)), m.group(2), int(m.group(3))
    else:
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2563, 2568)
    number = f"{rng.randint(1, 999)}/{year}"
    subject = _shorten(title, 90)
    date_text = f"{_digits(str(day), thai)} {month} พ.ศ. {_digits(str(year), thai)}"

    prose = [p for p in body if len(p) >= 60]
    rng.shuffle(prose)
    opening, closing = prose[:1], prose[1:2]
    items = _clauses(prose[2:] or prose, rng, rng.randint(3, 6))

    rows = [["ลำดับ", "รายการ", "จำนวนเงิน (บาท)"]]
    amounts = [rng.choice(pools.amounts) for _ in range(rng.randint(3, 5))]
    projects = rng.sample(pools.projects, len(amounts))
    for i, (project, amount) in enumerate(zip(projects, amounts), 1):
        rows.append([_digits(str(i), thai), project, _number(amount, thai)])
    rows.append(["", "รวม", _number(sum(amounts), thai)])

    blocks = []
    if kind == "order":
        blocks += [("heading", f"คำสั่ง{issuer}"), ("center", f"ที่ {_digits(number, thai)}"),
                   ("center", f"เรื่อง {subject}")]
    elif kind == "announcement":
        blocks += [("heading", f"ประกาศ{issuer}"), ("center", f"เรื่อง {subject}")]
    else:
        to = rng.choice(pools.people)[3]
        blocks += [("memo-title", "บันทึกข้อความ"), ("field", f"ส่วนราชการ {issuer}"),
                   ("field", f"ที่ {_digits(number, thai)} วันที่ {date_text}"),
                   ("field", f"เรื่อง {subject}"), ("field", f"เรียน {to}")]
    blocks += [("para", p) for p in opening]
    blocks += [("item", f"{_digits(str(i), thai)}. {text}") for i, text in enumerate(items, 1)]
    blocks.append(("table", rows))
    blocks += [("para", p) for p in closing]
    if kind == "order":
        blocks.append(("sign-date", f"สั่ง ณ วันที่ {date_text}"))
    elif kind == "announcement":
        blocks.append(("sign-date", f"ประกาศ ณ วันที่ {date_text}"))
    title_, given, family, position = signer
    blocks += [("sign", f"({title_}{given} {family})"), ("sign", position)]
    facts = {"kind": kind, "issuer": issuer, "number": number, "date": [year - 543, MONTHS.index(month) + 1, day],
             "signatory": {"title": title_, "given": given, "family": family, "position": position},
             "amounts": amounts, "total": sum(amounts), "thai_digits": thai}
    return blocks, facts


def gold_lines(blocks):
    """The gold text of a form: one line per block, a table row's cells joined by tabs."""
    lines = []
    for style, content in blocks:
        if style == "table":
            lines += ["\t".join(cell for cell in row if cell) for row in content]
        else:
            lines.append(content)
    return lines


def shorter(blocks):
    """The form with its last paragraph, or failing that its last numbered item, left out
    (for a form LibreOffice sets on more than three pages)."""
    for style in ("para", "item"):
        at = [k for k, (s, _) in enumerate(blocks) if s == style]
        if len(at) > (0 if style == "para" else 1):
            return blocks[:at[-1]] + blocks[at[-1] + 1:]
    raise ValueError("a form that cannot be made shorter")
