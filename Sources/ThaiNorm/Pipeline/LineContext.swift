/// Where a line stands in its document, and what more than one stage finds in it: the
/// read-only context a stage repairs a line in.
///
/// The ``Normalizer`` finds such facts once per line and again only when the line changes
/// (``LineFacts``); a stage just asks. A line repaired without its document (``alone``) has
/// its facts found at each question.
///
/// ```swift
/// func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
///     for token in context.garbledTokens(in: line) { … }
/// }
/// ```
public struct LineContext {
    /// The line's offset among the lines of the document (0-based).
    public let index: Int
    let facts: LineFacts?

    init(index: Int, facts: LineFacts?) {
        self.index = index
        self.facts = facts
    }

    /// A line on its own, outside any document.
    public static var alone: LineContext { LineContext(index: 0, facts: nil) }

    /// ``GarbledEnglishDetector/garbledTokens(in:)`` of `line`, the line this context is of.
    public func garbledTokens(in line: [Unicode.Scalar]) -> [Range<Int>] {
        facts?.garbledTokens(at: index, of: line) ?? GarbledEnglishDetector.garbledTokens(in: line)
    }

    /// The names `guardian` finds in `line` (``NameGuard/lineNames(in:)``), the line this context is of.
    func names(in line: [Unicode.Scalar], by guardian: NameGuard) -> NameGuard.LineNames {
        facts?.names(at: index, of: line, by: guardian) ?? guardian.lineNames(in: line)
    }
}
