"""Error rates, alignments with the gold, and thainorm's edits replayed against them.

Definitions follow `thainorm eval`: CER is the Levenshtein distance over Unicode scalars
after every whitespace run is collapsed to one space and the ends trimmed, over the
reference length; CER-nospace the same with all whitespace removed.
"""
import bisect
import os
import re
import subprocess

from rapidfuzz.distance import Levenshtein

_WS = re.compile(r"\s+")
NUMBER = re.compile(r"[0-9๐-๙]+(?:[.,/:][0-9๐-๙]+)*")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
#: The stage that moves a line's text to the line it continues, and the note of a line it took.
MOVE_STAGE = "JoinLinesStartingWithMarks"
MOVE_NOTE = re.compile(r"starts with a mark: joined to line (\d+)$")


def collapse(text):
    return _WS.sub(" ", text).strip()


def nospace(text):
    return _WS.sub("", text)


def distance(a, b):
    return Levenshtein.distance(a, b)


class Alignment:
    """Maps positions of a reference string to a hypothesis string (Levenshtein opcodes)."""

    def __init__(self, ref, hyp):
        self.ref, self.hyp = ref, hyp
        self.ops = [op for op in Levenshtein.opcodes(ref, hyp) if op.src_end > op.src_start]
        self.ends = [op.src_end for op in self.ops]

    def map(self, i):
        """Position in hyp of reference position i (a span's start or end)."""
        k = bisect.bisect_right(self.ends, i)
        if k == len(self.ops):
            return len(self.hyp)
        op = self.ops[k]
        if op.tag == "equal":
            return op.dest_start + (i - op.src_start)
        if op.tag == "replace":
            span = op.src_end - op.src_start
            return op.dest_start + round((i - op.src_start) * (op.dest_end - op.dest_start) / span)
        return op.dest_start

    def partner(self, i):
        """The hypothesis position that reference position i is matched to (an equal or
        same-length replaced span, position for position), or None (deleted, or inside a
        replacement of another length)."""
        k = bisect.bisect_right(self.ends, i)
        if k == len(self.ops):
            return None
        op = self.ops[k]
        if op.tag == "equal" or (op.tag == "replace" and op.dest_end - op.dest_start == op.src_end - op.src_start):
            return op.dest_start + (i - op.src_start)
        return None

    def tokens_at(self, start, end, pattern):
        """The hypothesis tokens (matches of `pattern`) that overlap the place the reference
        span [start, end) aligns to, joined by a space; '' if none."""
        hs, he = self.map(start), self.map(end)
        he = max(he, hs + 1)
        found = [m.group() for m in pattern.finditer(self.hyp, max(0, hs - 40), he + 40)
                 if m.start() < he and m.end() > hs]
        return " ".join(found)


def release_binary(root):
    """Builds thainorm (release) in `root` and returns the binary's path."""
    subprocess.run(["swift", "build", "-c", "release", "--product", "thainorm"], cwd=root, check=True,
                   stdout=subprocess.DEVNULL)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=root,
                          capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(path, "thainorm")


def number_tokens(text):
    return [(m.start(), m.end(), m.group()) for m in NUMBER.finditer(text)]


def latin_words(text):
    return [(m.start(), m.end(), m.group()) for m in LATIN_WORD.finditer(text)]


def spans_kept(alignment, spans, pattern):
    """For each gold span (a match of `pattern`), whether the hypothesis of `alignment`
    (gold -> hypothesis) has exactly that token where the span aligns."""
    return [alignment.tokens_at(s, e, pattern) == token for s, e, token in spans]


class Replay:
    """Applies thainorm's `--explain` edits one at a time, in the pipeline's order, and
    scores each by how it moved the document's distance to the gold (collapsed whitespace):
    helped (< 0), hurt (> 0) or neutral (0).

    Edits of one stage, round and pass on one line all refer to the line as that stage
    received it (as EditReplay in the library): they are applied right to left.

    A line joined to the line it continues (JoinLinesStartingWithMarks: its text added to one
    line, taken from the others) is applied as one step when its first edit comes, so that the
    text is never there twice; each of its edits carries `move`: the text before the step, the
    offset of the first line break it removes, the text from there to the end of the last
    line moved, that text without its line breaks (a whitespace removal, for the judge), and
    the step's delta.
    The later edits of the step are yielded with delta 0.
    """

    def __init__(self, raw_text, gold):
        self.lines = raw_text.split("\n")
        self.gold = collapse(gold)
        self.document = "\n".join(self.lines)
        self.current = distance(collapse(self.document), self.gold)

    def run(self, edits):
        """Yields (edit, delta, line before, line after) for every applied edit; while an edit
        is yielded, `self.document` is the whole text before it and `self.offset` the edit's
        start in that text (the text is joined once per edit, for its distance, and kept)."""
        queues = {}          # line -> its groups [key, edits], in the order they were made
        for edit in edits:
            if not edit.get("applied", True):
                continue
            key = (edit["stage"], edit.get("round"), edit.get("pass"))
            queue = queues.setdefault(edit["line"], [])
            if not queue or queue[-1][0] != key:
                queue.append([key, []])
            queue[-1][1].append(edit)
        moved = {}           # target line -> the edits that take text from other lines to it
        for edit in edits:
            m = MOVE_NOTE.match(edit.get("note") or "")
            if edit.get("applied", True) and edit["stage"] == MOVE_STAGE and m:
                moved.setdefault(int(m.group(1)), []).append(edit)
        done = {}            # id of an edit already applied as part of a move -> its line before
        for line in sorted(queues):
            queue = queues[line]
            while queue:
                _, members = queue.pop(0)
                # right to left: the reverse of the library's left-to-right splice (ties included)
                for edit in reversed(sorted(members, key=lambda e: e["column"])):
                    if id(edit) in done:
                        yield edit, 0, done[id(edit)], self.lines[line - 1]
                    elif edit["stage"] == MOVE_STAGE and line in moved and not edit["before"]:
                        sources = [e for e in moved[line] if e.get("pass") == edit.get("pass")]
                        # the lines moved here first get the edits made to them before they moved
                        for source in sources:
                            other = queues[source["line"]]
                            while other and not any(e is source for e in other[0][1]):
                                _, earlier = other.pop(0)
                                for e in reversed(sorted(earlier, key=lambda e: e["column"])):
                                    yield from self._apply(e, source["line"])
                        yield from self._move(edit, line, sources, done)
                    else:
                        yield from self._apply(edit, line)

    def _apply(self, edit, line):
        text = self.lines[line - 1]
        start = edit["column"] - 1
        end = start + edit["length"]
        if text[start:end] != edit["before"]:
            raise ValueError(f"edit {edit} does not fit line {line}: {text[start:end]!r}")
        self.offset = sum(len(x) + 1 for x in self.lines[:line - 1]) + start
        before_document = self.document
        new = text[:start] + edit["after"] + text[end:]
        self.lines[line - 1] = new
        joined = "\n".join(self.lines)
        after = distance(collapse(joined), self.gold)
        delta = after - self.current
        self.current = after
        self.document = before_document  # the text before the edit, while it is yielded
        yield edit, delta, text, new
        self.document = joined

    def _move(self, edit, line, sources, done):
        """Applies the lines moved to `line` (its edit adds them) as one step."""
        before_document = "\n".join(self.lines)
        offset = sum(len(x) + 1 for x in self.lines[:line]) - 1
        last = max(e["line"] for e in sources)
        region = "\n".join(self.lines[line:last])
        text = self.lines[line - 1]
        # (the lines' text in their order, or with a line of marks put before the one it followed;
        # a line joined by its column, pdftotext -layout, leaves its indentation behind)
        if sorted("".join(self.lines[e["line"] - 1].lstrip(" ") for e in sources)) != sorted(edit["after"]):
            raise ValueError(f"edit {edit} does not add the lines it takes")
        self.lines[line - 1] = text + edit["after"]
        for e in sources:
            done[id(e)] = self.lines[e["line"] - 1]
            self.lines[e["line"] - 1] = ""
        joined = "\n".join(self.lines)
        after = distance(collapse(joined), self.gold)
        delta = after - self.current
        move = (before_document, offset, "\n" + region, "".join(x.lstrip(" ") for x in region.split("\n")), delta)
        for e in [edit] + sources:
            e["move"] = move
        self.current = after
        self.offset = offset
        self.document = before_document
        yield edit, delta, text, self.lines[line - 1]
        self.document = joined

    def text(self):
        return "\n".join(self.lines)
