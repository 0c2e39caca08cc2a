/// The parts of the review page: a line with its highlights, the stage table, the lists.
///
/// ```swift
/// ReviewPage.render(line, lineNumber: 3, place: &place, context: context)
/// // ที่ → <mark class="edit s8" id="p1" data-edits="4" …><del>ท่ี</del>ที่</mark>
/// ```
///
/// Complexity: O(n + s·k) for a line of n scalars with s segments of k ids.
extension ReviewPage {
    /// One line of the text: plain text between the segments, one element per segment.
    /// `place` numbers the highlighted places of the page (their ids, `p1`, `p2`, …).
    static func render(_ line: ReviewLayout.Line, lineNumber: Int, place: inout Int, context: Context) -> String {
        var html = ""
        var position = 0
        for segment in line.segments {
            html += HTMLText.escape(line.output[position..<segment.output.lowerBound].string)
            place += 1
            html += element(segment, of: line, lineNumber: lineNumber, id: "p\(place)", context: context)
            position = segment.output.upperBound
        }
        html += HTMLText.escape(line.output[position...].string)
        return html
    }

    /// The element of one segment: a `<mark class="edit">` if an applied edit is in it, else a
    /// `<span class="held-only">` or `<span class="finding-only">`.
    private static func element(
        _ segment: ReviewLayout.Segment, of line: ReviewLayout.Line, lineNumber: Int, id: String, context: Context
    ) -> String {
        let marks = segment.marks
        let before = line.input[segment.input].string
        let after = line.output[segment.output].string
        var classes: [String]
        var attributes = "id=\"\(id)\" tabindex=\"0\" data-line=\"\(lineNumber)\""
        var tooltip: [String] = []
        let stages = marks.applied.map { context.edits[$0].stage }
        if let last = marks.applied.last {
            let lastColour = context.colour[context.edits[last].stage] ?? 0
            classes = ["edit", "s\(lastColour)"]
            if segment.output.isEmpty { classes.append("gone") }
            if Set(stages).count > 1 { classes.append("multi") }
            let confidence = marks.applied.map { context.edits[$0].confidence }.min() ?? 1
            attributes += " style=\"--c:\(format(confidence))\" data-edits=\"\(ids(marks.applied))\""
            tooltip.append(HTMLText.visible(before) + " → " + HTMLText.visible(after))
        } else if let first = marks.held.first {
            classes = ["held-only", "s\(context.colour[context.edits[first].stage] ?? 0)"]
        } else {
            classes = ["finding-only"]
        }
        if !marks.held.isEmpty {
            attributes += " data-held=\"\(ids(marks.held))\""
            if !marks.applied.isEmpty { classes.append("has-held") }
        }
        if !marks.findings.isEmpty {
            attributes += " data-findings=\"\(ids(marks.findings))\""
            if !marks.applied.isEmpty || !marks.held.isEmpty { classes.append("has-finding") }
        }
        if marks.applied.isEmpty, segment.output.isEmpty { classes.append("point") }
        for k in marks.applied { tooltip.append(describe(context.edits[k])) }
        for k in marks.held { tooltip.append("held back: " + describe(context.edits[k])) }
        for k in marks.findings {
            let finding = context.findings[k]
            tooltip.append("finding, \(finding.stage): \(finding.message)")
        }
        let tag = marks.applied.isEmpty ? "span" : "mark"
        let title = HTMLText.escape(tooltip.joined(separator: "\n"))
        var html = "<\(tag) class=\"\(classes.joined(separator: " "))\" \(attributes) title=\"\(title)\">"
        if !marks.applied.isEmpty { html += "<del>\(HTMLText.escape(HTMLText.visible(before)))</del>" }
        html += HTMLText.escape(after)
        html += "</\(tag)>"
        return html
    }

    private static func ids(_ list: [Int]) -> String {
        list.map(String.init).joined(separator: " ")
    }

    /// An edit in one line of a tooltip: stage, before → after, confidence.
    private static func describe(_ edit: Edit) -> String {
        "\(edit.stage): \(HTMLText.visible(edit.before)) → \(HTMLText.visible(edit.after)) (confidence \(format(edit.confidence)))"
    }

    /// The per-stage table, which is also the colour legend: a row for each stage that made an
    /// edit or a finding, then the names of the others.
    static func summaryTable(_ rows: [ReviewSummary.Row], options: Options) -> String {
        let skipped = Set(options.skippedStages)
        var html = """
            <section id="summary">
            <h2>Stages</h2>
            <table class="summary">
            <thead><tr><th>colour</th><th>stage</th><th>applied</th><th>held back</th><th>findings</th>\
            <th>mean confidence, applied</th><th>mean confidence, held back</th></tr></thead>
            <tbody>

            """
        let idle = rows.filter { $0.applied + $0.held + $0.findings == 0 }
        for row in rows where row.applied + row.held + row.findings > 0 {
            html += "<tr data-stage=\"\(HTMLText.escape(row.stage))\">"
            let name = HTMLText.escape(row.stage)
            html += "<td><span class=\"swatch s\(row.colour)\"></span></td><td>\(name)</td>"
            html += "<td class=\"n\">\(row.applied)</td><td class=\"n\">\(row.held)</td><td class=\"n\">\(row.findings)</td>"
            html += "<td class=\"n\">\(row.meanAppliedConfidence.map(format) ?? "–")</td>"
            html += "<td class=\"n\">\(row.meanHeldConfidence.map(format) ?? "–")</td></tr>\n"
        }
        let applied = rows.reduce(0) { $0 + $1.applied }, held = rows.reduce(0) { $0 + $1.held }
        let findings = rows.reduce(0) { $0 + $1.findings }
        let idleNames = idle.map { HTMLText.escape($0.stage) + (skipped.contains($0.stage) ? " (skipped)" : "") }
            .joined(separator: ", ").nonEmpty ?? "none"
        html += """
            </tbody>
            <tfoot><tr><td></td><td>all stages</td><td class="n">\(applied)</td><td class="n">\(held)</td>\
            <td class="n">\(findings)</td><td></td><td></td></tr></tfoot>
            </table>
            <p class="idle">No edits or findings: \(idleNames).</p>
            <p class="legend"><mark class="edit s6 sample" style="--c:1.00">highlight</mark> an applied edit, \
            in its stage's colour; <mark class="edit s6 sample" style="--c:0.30">paler</mark> for lower confidence · \
            <span class="held-only s6 sample">dashed</span> a held-back edit (reported, not applied) · \
            <span class="finding-only sample">wavy</span> a finding (noticed, left as it was) · \
            <mark class="edit s0 gone sample" style="--c:1.00"><del>␣</del></mark> deleted text, struck through.</p>
            </section>

            """
        return html
    }

    /// Every edit, as `--explain` lists it (ids are the row numbers).
    static func editList(_ edits: [Edit], context: Context) -> String {
        var html = """
            <details id="all-edits"><summary>All edits (\(edits.count))</summary>
            <table class="list">
            <thead><tr><th>#</th><th>line</th><th>column</th><th>stage</th><th>before</th><th>after</th>\
            <th>confidence</th><th>pass / round</th><th>status</th><th>note</th></tr></thead>
            <tbody>

            """
        for (k, edit) in edits.enumerated() {
            let colour = context.colour[edit.stage] ?? 0
            html += "<tr id=\"edit-\(k)\" class=\"\(edit.applied ? "applied" : "held")\" data-edit=\"\(k)\">"
            html += "<td class=\"n\">\(k)</td><td class=\"n\">\(edit.line)</td><td class=\"n\">\(edit.column)</td>"
            html += "<td><span class=\"swatch s\(colour)\"></span> \(HTMLText.escape(edit.stage))</td>"
            html += "<td class=\"th\">\(HTMLText.escape(HTMLText.visible(edit.before)))</td>"
            html += "<td class=\"th\">\(HTMLText.escape(HTMLText.visible(edit.after)))</td>"
            html += "<td class=\"n\">\(format(edit.confidence))</td><td class=\"n\">\(edit.pass) / \(edit.round)</td>"
            html += "<td>\(edit.applied ? "applied" : "held back")</td><td>\(HTMLText.escape(edit.note ?? ""))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</details>\n"
        return html
    }

    /// Every finding.
    static func findingList(_ findings: [Finding], context: Context) -> String {
        var html = """
            <details id="all-findings"><summary>All findings (\(findings.count))</summary>
            <table class="list">
            <thead><tr><th>#</th><th>line</th><th>column</th><th>stage</th><th>message</th></tr></thead>
            <tbody>

            """
        for (k, finding) in findings.enumerated() {
            let colour = context.colour[finding.stage] ?? 0
            html += "<tr id=\"finding-\(k)\" class=\"finding\" data-finding=\"\(k)\">"
            html += "<td class=\"n\">\(k)</td><td class=\"n\">\(finding.line)</td><td class=\"n\">\(finding.column)</td>"
            html += "<td><span class=\"swatch s\(colour)\"></span> \(HTMLText.escape(finding.stage))</td>"
            html += "<td class=\"th\">\(HTMLText.escape(finding.message))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</details>\n"
        return html
    }
}

extension String {
    /// The string, or nil if it is empty.
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
