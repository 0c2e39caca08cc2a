/// The review page: one self-contained HTML page that shows a normalization for a person
/// to read instead of the edits JSON.
///
/// The page has the repaired text line by line, each applied edit highlighted in its
/// stage's colour (pale for low confidence) with what it replaced in a tooltip, in the
/// detail bar and, on demand, struck through inline; held-back edits (dashed underline)
/// and findings (wavy underline) marked apart; a per-stage summary table that is also the
/// colour legend; the list of all edits and findings; and keys to go from edit to edit.
/// CSS and script are inline: the page loads nothing. Every text of the input is escaped.
///
/// Each highlighted place is one element: an applied edit's `<mark class="edit">` lists its
/// edit ids (indices into `edits`, as in `--explain`) in `data-edits`, held-back edits in
/// `data-held` and findings in `data-findings`. Overlapping edits share one element.
///
/// ```swift
/// let result = Normalizer().normalize(input)
/// let html = try ReviewPage.html(input: input, edits: result.edits, findings: result.findings,
///                                source: "order.txt")
/// ```
///
/// Complexity: O(n + e·k) (``ReviewLayout``) for a text of n scalars and e edits.
public enum ReviewPage {
    /// What the page says about how the text was normalized.
    public struct Options: Sendable {
        /// Edits below it were held back (``NormalizerConfiguration/minimumConfidence``).
        public var minimumConfidence: Double
        /// Stages that did not run.
        public var skippedStages: [String]
        /// The encoding the input was read in, if known.
        public var encoding: SourceEncoding?
        /// The pipeline's stage order: colours, the summary's rows, where findings stand.
        public var stageOrder: [String]
        /// The most passes the normalizer ran (``PipelineParameters/maximumPasses``).
        public var maximumPasses: Int

        public init(
            minimumConfidence: Double = 0, skippedStages: [String] = [], encoding: SourceEncoding? = nil,
            stageOrder: [String] = Pipeline.stageNames, maximumPasses: Int = PipelineParameters().maximumPasses
        ) {
            self.minimumConfidence = minimumConfidence
            self.skippedStages = skippedStages
            self.encoding = encoding
            self.stageOrder = stageOrder
            self.maximumPasses = maximumPasses
        }
    }

    /// The page for the normalization of `input` that made `edits` and `findings`; `source`
    /// names the input in the title. Throws if an edit does not fit `input`.
    public static func html(
        input: String, edits: [Edit], findings: [Finding], source: String, options: Options = .init()
    ) throws(EditReplay.Mismatch) -> String {
        var lines = try ReviewLayout.lines(input: input, edits: edits, findings: findings, stageOrder: options.stageOrder,
                                           maximumPasses: options.maximumPasses)
        // A text that ends with a line break has an empty last "line": not shown.
        if lines.count > 1, let last = lines.last, last.output.isEmpty, last.segments.isEmpty { lines.removeLast() }
        let rows = ReviewSummary.rows(edits: edits, findings: findings, stageOrder: options.stageOrder)
        var colour: [String: Int] = [:]
        for row in rows { colour[row.stage] = row.colour }
        let context = Context(edits: edits, findings: findings, colour: colour)

        var page = ""
        page.reserveCapacity(input.utf8.count * 3 + 16_384)
        let applied = edits.lazy.filter(\.applied).count
        let title = "thainorm review: " + source
        page += """
            <!DOCTYPE html>
            <html lang="th">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="thainorm review">
            <title>\(HTMLText.escape(title))</title>
            <style>
            \(ReviewAssets.css)\(stageColourCSS)</style>
            </head>
            <body>
            <header>
            <h1>Review: <span class="source">\(HTMLText.escape(source))</span></h1>
            <p id="counts" data-applied="\(applied)" data-held="\(edits.count - applied)" \
            data-findings="\(findings.count)" data-lines="\(lines.count)">\
            <b>\(applied)</b> edits applied (<span id="highlighted">highlighted</span>) · \
            <b>\(edits.count - applied)</b> held back\(heldNote(options)) · <b>\(findings.count)</b> findings · \
            \(lines.count) lines\(settingsNote(options))</p>
            <p class="keys">Keys: <kbd>j</kbd> <kbd>n</kbd> <kbd>→</kbd> next edit · \
            <kbd>k</kbd> <kbd>p</kbd> <kbd>←</kbd> previous · <kbd>g</kbd> first · <kbd>G</kbd> last · \
            <kbd>]</kbd> <kbd>[</kbd> next / previous held-back edit or finding · \
            <kbd>b</kbd> show what each edit replaced, struck through · <kbd>Esc</kbd> clear. \
            Click a highlight or a row of the lists to select it.</p>
            </header>

            """
        page += summaryTable(rows, options: options)
        page += "<h2>Text</h2>\n<section id=\"text\" lang=\"th\">\n"
        var place = 0
        for (index, line) in lines.enumerated() {
            page += "<div class=\"line\" id=\"L\(index + 1)\"><span class=\"ln\">\(index + 1)</span><span class=\"tx\">"
            page += render(line, lineNumber: index + 1, place: &place, context: context)
            page += "</span></div>\n"
        }
        page += "</section>\n"
        page += editList(edits, context: context)
        page += findingList(findings, context: context)
        page += """
            <aside id="detail" aria-live="polite"><p class="hint">Press <kbd>j</kbd> or <kbd>→</kbd> for the first edit.</p></aside>
            <script>
            \(ReviewAssets.script)</script>
            </body>
            </html>

            """
        return page
    }

    /// What the renderer needs to know of every edit and finding.
    struct Context {
        var edits: [Edit]
        var findings: [Finding]
        var colour: [String: Int]
    }

    private static var stageColourCSS: String {
        ReviewSummary.palette.enumerated().map { k, rgb in ".s\(k){--rgb:\(rgb.0) \(rgb.1) \(rgb.2)}\n" }.joined()
    }

    private static func heldNote(_ options: Options) -> String {
        options.minimumConfidence > 0 ? " (confidence below \(format(options.minimumConfidence)))" : ""
    }

    private static func settingsNote(_ options: Options) -> String {
        var notes: [String] = []
        if let encoding = options.encoding { notes.append("read as " + encoding.rawValue) }
        if !options.skippedStages.isEmpty { notes.append("skipped: " + options.skippedStages.joined(separator: ", ")) }
        return notes.isEmpty ? "" : " · " + HTMLText.escape(notes.joined(separator: " · "))
    }

    /// A confidence with two decimals.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
