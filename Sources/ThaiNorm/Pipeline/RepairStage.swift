/// A named, self-contained repair step of the normalization pipeline.
///
/// A stage looks at one line (as Unicode scalars) and proposes repairs:
/// replacements of a range of that line. It never mutates the line itself; the
/// ``Normalizer`` applies the repairs, records each as an ``Edit`` and hands the
/// result to the next stage. A stage that notices a problem it will not fix
/// (for safety) reports a finding instead of guessing.
///
/// Stages must be pure and line-local: the same line always gives the same
/// repairs. Together with non-overlapping repairs, that makes edits replayable.
///
/// ```swift
/// struct UppercaseNothing: RepairStage {
///     let name = "UppercaseNothing"
///     let summary = "An example that never changes anything."
///     func repair(_ line: [Unicode.Scalar], into output: inout StageOutput) {}
/// }
/// ```
public protocol RepairStage: Sendable {
    /// Stable identifier used in explanations and configuration, e.g. `ComposeSaraAm`.
    var name: String { get }
    /// One-line description shown by `thainorm stages`.
    var summary: String { get }
    /// Proposes repairs for `line`; ranges are scalar offsets into `line` and must not overlap.
    func repair(_ line: [Unicode.Scalar], into output: inout StageOutput)
    /// Proposes repairs for `line`, which stands at offset `index` among the lines of the
    /// document (0-based). A stage adapted to the document may reuse what it found there
    /// while adapting, when the line is still exactly as it saw it; the repairs must be
    /// those of ``repair(_:into:)``. By default, ``repair(_:into:)``.
    func repair(_ line: [Unicode.Scalar], atLine index: Int, into output: inout StageOutput)
    /// How many times the stage may run on a line in a row while it still
    /// changes it (a correction can make its neighbour correctable).
    /// 1 for most stages; each further round is recorded as its own edits.
    var maximumRounds: Int { get }
    /// Whether a line with `features` may concern the stage: false only if ``repair(_:into:)``
    /// proposes nothing and reports nothing for every line with those features. The
    /// ``Normalizer`` does not call the stage on such a line. By default, true.
    func mayRepair(_ features: LineFeatures) -> Bool
    /// Whether line `index` of the document, which is `line`, may concern the stage: false only if
    /// ``repair(_:atLine:into:)`` proposes nothing and reports nothing for it. A stage adapted to
    /// the document answers from what it found in the line while adapting (nothing in nearly
    /// every line); the ``Normalizer`` does not call the stage on such a line. By default, true.
    func mayRepair(_ line: [Unicode.Scalar], atLine index: Int) -> Bool
    /// The stage as a ``DocumentAdaptiveStage`` if it is one (by default, nil; `self` for one):
    /// what the ``Normalizer`` asks instead of casting, since a cast to a protocol searches the
    /// conformances of the whole program.
    var documentAdaptive: (any DocumentAdaptiveStage)? { get }
    /// The stage as a ``ComparableAdaptation`` if it is one (by default, nil; `self` for one).
    var comparableAdaptation: (any ComparableAdaptation)? { get }
}

extension RepairStage {
    public var maximumRounds: Int { 1 }
    public func mayRepair(_ features: LineFeatures) -> Bool { true }
    public func mayRepair(_ line: [Unicode.Scalar], atLine index: Int) -> Bool { true }
    public var documentAdaptive: (any DocumentAdaptiveStage)? { nil }
    public var comparableAdaptation: (any ComparableAdaptation)? { nil }
    public func repair(_ line: [Unicode.Scalar], atLine index: Int, into output: inout StageOutput) {
        repair(line, into: &output)
    }
}

/// One replacement proposed by a stage.
public struct Repair: Sendable, Equatable {
    /// Scalar offsets into the line the stage received.
    public var range: Range<Int>
    /// What replaces the range (empty for a removal).
    public var replacement: [Unicode.Scalar]
    /// How sure the stage is, from 0 to 1.
    public var confidence: Double
    /// Why, in a few words, when the stage name alone does not say it.
    public var note: String?

    public init(range: Range<Int>, replacement: [Unicode.Scalar], confidence: Double = 1.0, note: String? = nil) {
        self.range = range
        self.replacement = replacement
        self.confidence = confidence
        self.note = note
    }
}

/// Repairs and findings a stage produced for one line.
public struct StageOutput: Sendable {
    public var repairs: [Repair] = []
    /// Problems noticed but left alone: (scalar offset, message).
    public var findings: [(offset: Int, message: String)] = []

    public init() {}

    /// Proposes replacing `range` with `replacement`.
    public mutating func replace(
        _ range: Range<Int>, with replacement: [Unicode.Scalar], confidence: Double = 1.0, note: String? = nil
    ) {
        repairs.append(Repair(range: range, replacement: replacement, confidence: confidence, note: note))
    }

    /// Reports a problem at `offset` that the stage leaves unrepaired.
    public mutating func report(at offset: Int, _ message: String) {
        findings.append((offset, message))
    }
}
