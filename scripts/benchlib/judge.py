"""Whether each edit of thainorm was right, judged against the gold: the one definition used
by scripts/fit-calibration (to fit confidences on the tune half) and scripts/bench-quality
(to report them on the check half).

- An edit that removes only a whitespace run before a combining mark or ะ า ำ ๅ is right
  unless it took the text further from the gold: the gold never has whitespace there (a
  cluster is never cut, no word starts so; none in the 258 gold passages).
- A line's text moved to the end of the line it continues (JoinLinesStartingWithMarks, both
  of its edits) is judged as the removal of the line breaks it joins across: by the rule
  above (the text moved starts with a mark), as one step (align.Replay).
- Any other edit that only removes whitespace is right when the gold has no whitespace between the
  letters it joins (every one of them), found by aligning the text without whitespace to the
  gold without whitespace. The distance to the gold cannot judge it: a space removed inside a
  word whose tone mark is still displaced (`ทีด่ ิน` → `ทีด่ิน`, gold `ที่ดิน`) is right and
  leaves the distance as it was.
- Any other edit of Thai letters, marks and whitespace alone is judged by its word first: the
  whitespace-delimited run around it, before and after the edit (at least MIN_TOKEN scalars
  each). When the run after the edit occurs in the gold (without whitespace) and the run
  before did not (or only inside the run after it, for an edit that lengthened the run at an
  end), the edit is right; when the run before occurred and the run after does not,
  it is wrong. The distance to the whole document cannot judge these where a route put text in
  another order than the gold (pdftotext of a pango PDF puts pieces of a page out of reading
  order): there `รวมทัง้` → `รวมทั้ง` left the distance as it was or even raised it.
- Any other edit replayed in order (align.Replay) is right when it brought the document nearer
  the gold (its delta < 0), or changed nothing in distance and is a step of a repair that the
  next edits on the same line near it finish (a mark moved, then put in order): the first of
  them that change the distance bring it nearer in sum.
- An edit that writes a Latin word the gold does not have (and the text before did not) is
  wrong whatever its delta: a wrong English word is a wrong word even when it shares letters
  with the right one.
"""
import re

from . import align

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
#: What never follows whitespace in the gold: a combining mark, or ะ า ำ ๅ (no word starts so).
NON_STARTER = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e30\u0e32\u0e33\u0e45]")
#: How many later edits, and how far along the line (scalars), a step may be finished by.
STEP_EDITS = 5
STEP_COLUMNS = 6
#: Fewest letters a run must have to be looked up in the gold (a shorter one occurs by chance).
MIN_TOKEN = 4
#: An edit judged by its word touches only Thai letters, vowels, marks and whitespace.
THAI_ONLY = re.compile("[\u0e01-\u0e3a\u0e40-\u0e4e\\s]*")


def runs(line, column, before, after):
    """The whitespace-delimited run of `line` around an edit (1-based `column`, replacing
    `before` by `after`), before and after the edit, without whitespace."""
    start, end = column - 1, column - 1 + len(before)
    a, b = start, end
    while a > 0 and not line[a - 1].isspace():
        a -= 1
    while b < len(line) and not line[b].isspace():
        b += 1
    return "".join(line[a:b].split()), "".join((line[a:start] + after + line[end:b]).split())


def judged_by_word(e, gold_letters):
    """True or False when the edit's run decides it (see the module note), else None."""
    if "run_before" not in e or not (THAI_ONLY.fullmatch(e["before"]) and THAI_ONLY.fullmatch(e["after"])):
        return None
    was, now = e["run_before"], e["run_after"]
    if len(was) < MIN_TOKEN or len(now) < MIN_TOKEN or was == now:
        return None
    now_in = now in gold_letters
    # A run the edit only lengthened at an end (a mark put back on the last letter) occurs
    # wherever the run after it does: it counts as in the gold only where it occurs on its own.
    was_in = gold_letters.count(was) > gold_letters.count(now) if was in now else was in gold_letters
    if now_in and not was_in:
        return True
    if was_in and not now_in:
        return False
    return None


def removes_only_space(before, after):
    """Whether `after` is `before` with some whitespace removed (and nothing else)."""
    if len(after) >= len(before) or "".join(before.split()) != "".join(after.split()):
        return False
    i = 0
    for ch in before:
        if i < len(after) and after[i] == ch:
            i += 1
        elif not ch.isspace():
            return False
    return i == len(after)


class GoldGaps:
    """Where the gold has whitespace between two letters, found through the alignment of a
    text without whitespace to the gold without whitespace."""

    def __init__(self, gold):
        self.letters = []      # the gold without whitespace
        self.gap_before = []   # gap_before[k]: the gold has whitespace just before letter k
        gap = False
        for ch in gold:
            if ch.isspace():
                gap = True
            else:
                self.letters.append(ch)
                self.gap_before.append(gap)
                gap = False
        self.letters = "".join(self.letters)
        self._alignment = None

    def _map(self, text, i):
        """The gold letter that letter i of `text` (no whitespace) is matched to, or None."""
        if self._alignment is None or self._alignment.ref != text:
            self._alignment = align.Alignment(text, self.letters)
        return self._alignment.partner(i)

    def joins_right(self, document, offset, before, after):
        """Whether removing the whitespace of `before` (at `offset` of `document`) to give
        `after` joins only letters the gold has side by side."""
        letters = "".join(document.split())
        # index (in letters) of each letter that follows a removed whitespace run
        count = len("".join(document[:offset].split()))
        followers = []
        j = 0
        pending = False
        for ch in before:
            if j < len(after) and after[j] == ch:
                j += 1
                if not ch.isspace():
                    if pending:
                        followers.append(count)
                        pending = False
                    count += 1
            else:
                pending = True
        if pending:  # whitespace removed at the end of the span: the next letter follows it
            followers.append(count)
        for k in followers:
            # the nearest letters each side that the alignment pairs with a gold letter
            g = next((m for m in (self._map(letters, x) for x in range(k, min(len(letters), k + 3))) if m is not None), None)
            h = next((m for m in (self._map(letters, x) for x in range(k - 1, max(-1, k - 4), -1)) if m is not None), None)
            # (marks in the wrong order are aligned crosswise: only the gold between them counts)
            if g is None or h is None or g == h or any(self.gap_before[min(g, h) + 1:max(g, h) + 1]):
                return False
        return True


def right_flags(scored, gold):
    """`scored`: one document's applied edits in replay order, each a dict with line, column,
    before, after, delta, and document and offset (align.Replay's, at the edit), and run_before
    and run_after (`runs`) where known. Returns a list of booleans, one per edit."""
    gold_words = {w.casefold() for w in LATIN_WORD.findall(gold)}
    gaps = GoldGaps(gold)
    gold_letters = gaps.letters
    flags = []
    for i, e in enumerate(scored):
        if e.get("move"):
            # A line joined to the line it continues (the text without whitespace is unchanged):
            # a whitespace removal, judged as one, by the move as a whole (align.Replay).
            document, offset, before, after, delta = e["move"]
            ok = delta <= 0 if NON_STARTER.match(after[:1]) else gaps.joins_right(document, offset, before, after)
        elif removes_only_space(e["before"], e["after"]):
            # The gold never has whitespace before a combining mark or ะ า ำ ๅ (a cluster is never
            # cut, no word starts so): removing it is right unless it took the text further away.
            after_gap = e["document"][e["offset"] + len(e["before"]):e["offset"] + len(e["before"]) + 1]
            if e["before"].strip() == "" and after_gap and NON_STARTER.match(after_gap):
                ok = e["delta"] <= 0
            else:
                ok = gaps.joins_right(e["document"], e["offset"], e["before"], e["after"])
        elif (by_word := judged_by_word(e, gold_letters)) is not None:
            ok = by_word
        elif e["delta"] != 0:
            ok = e["delta"] < 0
        else:
            total = 0
            for f in scored[i + 1:i + 1 + STEP_EDITS]:
                if f["line"] != e["line"] or abs(f["column"] - e["column"]) > STEP_COLUMNS:
                    continue
                total += f["delta"]
                if total != 0:
                    break
            ok = total < 0
        had = {w.casefold() for w in LATIN_WORD.findall(e["before"])}
        if any(w.casefold() not in gold_words and w.casefold() not in had for w in LATIN_WORD.findall(e["after"])):
            ok = False
        flags.append(ok)
    return flags
