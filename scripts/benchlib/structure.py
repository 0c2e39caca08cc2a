"""Structure scores against the benchmark's hand-made structure gold
(corpus/benchmark/structure/ID.json, see its README): people, dates and amounts, each as
precision, recall and F1 of a multiset, on the clean text and through every route.

A route's lines are not the gold's, so an entry is matched by what it says, not by its line:
a person by given and family name, a date by its ISO start and end, an amount by its value
and unit. Header: each field (kind, number, subject, date, signatory) right or not, scored
where the gold or the extraction has it. Criteria: the gold passages have no criteria table, so every criterion extracted
from them is a false row (counted)."""
import collections
import json
import os
import subprocess

FIELDS = ("people", "dates", "amounts")


def keys(structure):
    """The multisets an extraction (or a gold file) is scored by."""
    people = collections.Counter((p.get("given") or "", p.get("family") or "") for p in structure.get("people", []))
    dates = collections.Counter((d.get("iso"), d.get("end_iso")) for d in structure.get("dates", []) if d.get("iso"))
    amounts = collections.Counter((float(a.get("value")), a.get("unit") or "")
                                  for a in structure.get("amounts", []) if a.get("value") is not None)
    return {"people": people, "dates": dates, "amounts": amounts}


def counts(gold, hyp):
    """(reference, extracted, matched) per field."""
    g, h = keys(gold), keys(hyp)
    return {f: (sum(g[f].values()), sum(h[f].values()), sum((g[f] & h[f]).values())) for f in FIELDS}


#: Header fields scored: each is right, or counts against (a wrong value, a value the gold
#: does not have, or none where the gold has one).
HEADER_FIELDS = ("kind", "number", "subject", "date", "signatory")


def _squeeze(text):
    return "".join((text or "").split()) or None


def header_counts(gold, hyp):
    """(right, scored) per header field: a field is scored when the gold or the extraction has it.
    The gold's kind `news` is the extraction's `unknown` (a release has no form to read)."""
    g, h = gold.get("header") or {}, hyp.get("header") or {}
    kind = g.get("kind")
    ours = {
        "kind": h.get("kind"),
        "number": _squeeze(h.get("number")),
        "subject": _squeeze(h.get("subject")),
        "date": (h.get("date") or {}).get("iso"),
        "signatory": [(s.get("given"), s.get("family")) for s in h.get("signatories") or []],
    }
    theirs = {
        "kind": "unknown" if kind == "news" else kind,
        "number": _squeeze(g.get("number")),
        "subject": _squeeze(g.get("subject")),
        "date": g.get("date_iso"),
        "signatory": (g["signatory"]["given"], g["signatory"]["family"]) if g.get("signatory") else None,
    }
    result = {}
    for f in HEADER_FIELDS:
        if f == "signatory":
            right = theirs[f] is not None and theirs[f] in ours[f]
            scored = theirs[f] is not None or bool(ours[f])
        else:
            right = theirs[f] is not None and theirs[f] == ours[f]
            scored = theirs[f] is not None or ours[f] is not None
        result[f] = (int(right), int(scored))
    return result


def extract(binary, path):
    p = subprocess.run([binary, "extract", path], capture_output=True, text=True)
    if p.returncode != 0:
        return None
    return json.loads(p.stdout)


def f1(ref, hyp, matched):
    precision = matched / hyp if hyp else (1.0 if not ref else 0.0)
    recall = matched / ref if ref else 1.0
    return {"reference": ref, "extracted": hyp, "matched": matched, "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0}


def score_job(job):
    """One passage through one source (the clean gold text, or a route's file)."""
    binary, pid, source_name, path, gold_path = job
    gold = json.load(open(gold_path, encoding="utf-8"))
    hyp = extract(binary, path) if os.path.exists(path) else None
    if hyp is None:
        return source_name, pid, None, 0
    return source_name, pid, dict(counts(gold, hyp), header=header_counts(gold, hyp)), len(hyp.get("criteria", []))


def summarise(results):
    """Per source: F1 of each field over its passages, and the criteria rows extracted."""
    by = collections.OrderedDict()
    for source, _, c, criteria in results:
        row = by.setdefault(source, {"passages": 0, "failed": 0, "criteria_rows": 0,
                                     **{f: [0, 0, 0] for f in FIELDS}, "header": {f: [0, 0] for f in HEADER_FIELDS}})
        if c is None:
            row["failed"] += 1
            continue
        row["passages"] += 1
        row["criteria_rows"] += criteria
        for f in FIELDS:
            row[f] = [a + b for a, b in zip(row[f], c[f])]
        for f in HEADER_FIELDS:
            row["header"][f] = [a + b for a, b in zip(row["header"][f], c["header"][f])]
    return [{"source": s, "passages": r["passages"], "failed": r["failed"], "criteria_rows": r["criteria_rows"],
             **{f: f1(*r[f]) for f in FIELDS},
             "header": {f: {"right": a, "scored": b, "accuracy": round(a / b, 4) if b else 1.0}
                        for f, (a, b) in r["header"].items()}} for s, r in by.items()]


#: Criteria scores on the generated criteria forms (corpus/benchmark/paperwork/ID.json with
#: "criteria", made by paperwork.make_criteria_form): ids as precision, recall and F1 of a
#: multiset; assignees, points and levels as rows right of the rows scored. A gold row is
#: scored for assignees when it names anyone or the extraction's row does, for points and
#: levels when the gold or the extraction has a value; a gold row the extraction lacks counts
#: wrong, an extracted row the gold lacks counts only against ids.
CRITERIA_FIELDS = ("assignees", "points", "levels")


def criteria_counts(facts, hyp):
    gold = facts.get("criteria") or []
    found = collections.defaultdict(list)
    for c in hyp.get("criteria", []):
        found[c.get("id")].append(c)
    result = {"ids": [len(gold), len(hyp.get("criteria", [])), 0], **{f: [0, 0] for f in CRITERIA_FIELDS}}
    for g in gold:
        h = found[g["id"]].pop(0) if found[g["id"]] else None
        if h is not None:
            result["ids"][2] += 1
        want = (sorted(" ".join(n) for n in g["supervisors"]), sorted(" ".join(n) for n in g["responsible"]))
        got = (sorted(h["supervisors"]), sorted(h["responsible"])) if h else ([], [])
        pairs = {"assignees": (want, got, any(want) or any(got)),
                 "points": (g["points"], h and h.get("points"), g["points"] is not None or (h and h.get("points") is not None)),
                 "levels": (g["level"], h and h.get("level"), g["level"] is not None or (h and h.get("level") is not None))}
        for f, (w, o, scored) in pairs.items():
            if scored:
                result[f][1] += 1
                result[f][0] += int(h is not None and (w == o if f == "assignees" else
                                                       (w is not None and o is not None and float(w) == float(o))
                                                       if f == "points" else w == o))
    return result


#: Header fields scored on the criteria forms (their facts hold no subject).
FORM_HEADER_FIELDS = ("kind", "issuer", "number", "date", "signatory")


def form_header_counts(facts, hyp):
    """(right, scored) per header field of a criteria form, as header_counts."""
    year, month, day = facts["date"]
    gold = {"header": {"kind": {"assignment": "order"}.get(facts["kind"], facts["kind"]), "number": facts.get("number"),
                       "date_iso": f"{year:04d}-{month:02d}-{day:02d}", "signatory": facts["signatory"]}}
    h = hyp.get("header") or {}
    # The facts write the number in Arabic digits, the form as it printed it.
    arabic = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
    hyp = dict(hyp, header=dict(h, number=(h.get("number") or "").translate(arabic) or None))
    counts = header_counts(gold, hyp)
    right = facts.get("issuer") is not None and _squeeze(facts.get("issuer")) == _squeeze(h.get("issuer"))
    counts["issuer"] = (int(right), int(facts.get("issuer") is not None or h.get("issuer") is not None))
    return {f: counts[f] for f in FORM_HEADER_FIELDS}


def criteria_job(job):
    binary, pid, source_name, path, facts_path = job
    facts = json.load(open(facts_path, encoding="utf-8"))
    hyp = extract(binary, path) if os.path.exists(path) else None
    if hyp is None:
        return source_name, pid, None
    return source_name, pid, dict(criteria_counts(facts, hyp), header=form_header_counts(facts, hyp))


def summarise_criteria(results):
    by = collections.OrderedDict()
    for source, _, c in results:
        row = by.setdefault(source, {"passages": 0, "failed": 0, "ids": [0, 0, 0], **{f: [0, 0] for f in CRITERIA_FIELDS},
                                     "header": {f: [0, 0] for f in FORM_HEADER_FIELDS}})
        if c is None:
            row["failed"] += 1
            continue
        row["passages"] += 1
        for f in ("ids",) + CRITERIA_FIELDS:
            row[f] = [a + b for a, b in zip(row[f], c[f])]
        for f in FORM_HEADER_FIELDS:
            row["header"][f] = [a + b for a, b in zip(row["header"][f], c["header"][f])]

    def accuracy(a, b):
        return {"right": a, "scored": b, "accuracy": round(a / b, 4) if b else 1.0}
    return [{"source": s, "passages": r["passages"], "failed": r["failed"], "ids": f1(*r["ids"]),
             **{f: accuracy(*r[f]) for f in CRITERIA_FIELDS},
             "header": {f: accuracy(*r["header"][f]) for f in FORM_HEADER_FIELDS}} for s, r in by.items()]


def regions_job(job):
    """The regions thainorm reads from a paperwork passage's clean text, line by line, against
    the form's own (paperwork/ID.json `regions`, the block each gold line came from). Route
    texts have other lines, so only the clean text is scored."""
    binary, pid, path, facts_path = job
    gold = json.load(open(facts_path, encoding="utf-8"))["regions"]
    hyp = extract(binary, path)
    if hyp is None:
        return pid, None
    kinds = []
    for r in hyp.get("regions", []):
        kinds += [r["kind"]] * (r["end_line"] - r["line"] + 1)
    kinds += [None] * (len(gold) - len(kinds))
    return pid, collections.Counter(zip(gold, kinds[:len(gold)]))


def summarise_regions(results):
    """Lines whose region is right, in all and per gold kind, and the confusions."""
    total = collections.Counter()
    failed = 0
    for _, c in results:
        if c is None:
            failed += 1
        else:
            total += c
    by_kind = {}
    for (gold, hyp), n in total.items():
        row = by_kind.setdefault(gold, [0, 0])
        row[1] += n
        row[0] += n if gold == hyp else 0
    right = sum(n for (g, h), n in total.items() if g == h)
    return {"passages": len(results) - failed, "failed": failed, "right": right, "lines": sum(total.values()),
            "by_kind": {k: {"right": a, "lines": b} for k, (a, b) in sorted(by_kind.items())},
            "confusions": [{"gold": g, "read": h, "lines": n} for (g, h), n in sorted(total.items()) if g != h]}
