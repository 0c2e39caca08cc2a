/// A stage that learns from the whole document before repairing its lines (for example, the
/// OCR confusions its clear corrections show, or the numbering sequence of its items).
///
/// Three pure functions make it, and the ``Normalizer`` calls them:
/// 1. ``survey(_:in:)`` notes what the stage needs to know of one line (its garbled spans,
///    its item number, its clear corrections). It depends on the line alone, so the
///    Normalizer surveys a line once and again only when the line has changed;
/// 2. ``adaptation(to:)`` turns the surveys of every line (and the edits made so far) into
///    an ``Adaptation``: what the document teaches. Two equal adaptations repair every line
///    alike, so a line that has not changed since the last pass is not repaired again;
/// 3. ``repair(_:surveyed:adaptation:in:into:)`` repairs one line given its survey and the
///    adaptation. Repairs stay line-local; only what the stage knows comes from the document.
///
/// The ``RepairStage/repair(_:in:into:)`` of an adaptive stage (a line without its document)
/// adapts to that line alone.
///
/// ```swift
/// struct CountLongLines: DocumentAdaptiveStage {
///     let name = "CountLongLines", summary = "An example.", scope = StageScope.everyLine
///     func survey(_ line: [Unicode.Scalar], in context: LineContext) -> Bool { line.count > 80 }
///     func adaptation(to document: DocumentSurvey<Bool>) -> Int { document.surveys.count { $0 } }
///     func repair(_ line: [Unicode.Scalar], surveyed long: Bool, adaptation longLines: Int,
///                 in context: LineContext, into output: inout StageOutput) {}
/// }
/// ```
public protocol DocumentAdaptiveStage: RepairStage {
    /// What the stage notes about one line.
    associatedtype LineSurvey: Sendable
    /// What the document teaches the stage; equal adaptations give equal repairs.
    associatedtype Adaptation: Equatable & Sendable
    /// What the stage needs to know of `line`; the same line always gives the same survey.
    func survey(_ line: [Unicode.Scalar], in context: LineContext) -> LineSurvey
    /// What the document, as `document` shows it, teaches the stage.
    func adaptation(to document: DocumentSurvey<LineSurvey>) -> Adaptation
    /// Proposes repairs for `line`, whose survey is `surveyed`, given what the document taught.
    func repair(_ line: [Unicode.Scalar], surveyed: LineSurvey, adaptation: Adaptation,
                in context: LineContext, into output: inout StageOutput)
}

extension DocumentAdaptiveStage {
    /// `line` repaired on its own: the stage adapted to a document of that one line.
    public func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        let surveyed = survey(line, in: context)
        let adaptation = adaptation(to: DocumentSurvey(lines: [line], surveys: [surveyed], edits: []))
        repair(line, surveyed: surveyed, adaptation: adaptation, in: context, into: &output)
    }
}

/// A document as a ``DocumentAdaptiveStage`` adapts to it: its lines as the stage will see
/// them (after the earlier stages), the stage's survey of each, and the edits made so far
/// (earlier passes and stages).
public struct DocumentSurvey<LineSurvey> {
    /// The lines of the document.
    public let lines: [[Unicode.Scalar]]
    /// The stage's survey of each line, by line index.
    public let surveys: [LineSurvey]
    /// The edits made so far, in the order they were made.
    public let edits: [Edit]

    public init(lines: [[Unicode.Scalar]], surveys: [LineSurvey], edits: [Edit]) {
        self.lines = lines
        self.surveys = surveys
        self.edits = edits
    }
}
