/// A named, self-contained repair step of the normalization pipeline.
///
/// A stage is given one line (as Unicode scalars) and proposes repairs: replacements of
/// ranges of that line, each with a confidence. It never changes the line itself; the
/// ``Normalizer`` applies the repairs, records each as an ``Edit`` and hands the result to
/// the next stage. A problem the stage notices but will not fix (for safety) is reported
/// as a finding instead of a guess.
///
/// Four things make a stage: its ``name``, its one-line ``summary``, what it looks at
/// (``scope``: the lines it can concern, by their ``LineFeatures``, and how many rounds it
/// may run on a line) and its ``repair(_:in:into:)``. Everything else (which lines it is
/// called on, caching, passes, the fixed point) is the ``Normalizer``'s. A stage that
/// learns from the whole document first is a ``DocumentAdaptiveStage``.
///
/// A stage is pure and line-local: the same line in the same context always gives the same
/// repairs, which never overlap. Its tunable numbers come from ``RepairParameters``.
///
/// ```swift
/// /// Removes the spaces a line starts with.
/// struct TrimLeadingSpace: RepairStage {
///     let name = "TrimLeadingSpace"
///     let summary = "Remove spaces at the start of a line."
///     let scope = StageScope.everyLine
///     func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
///         let count = line.prefix(while: { $0 == " " }).count
///         if count > 0 { output.replace(0..<count, with: [], confidence: 0.99, note: "leading space") }
///     }
/// }
/// ```
public protocol RepairStage: Sendable {
    /// Stable identifier used in explanations and configuration, e.g. `ComposeSaraAm`.
    var name: String { get }
    /// One-line description shown by `thainorm stages`.
    var summary: String { get }
    /// What the stage looks at: the lines it can concern and how many rounds it runs.
    var scope: StageScope { get }
    /// Proposes repairs for `line`: ranges are scalar offsets into `line` and must not overlap.
    /// `context` says where the line stands and gives what other stages find in it too.
    func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput)
    /// Whether the calibration table (``ConfidenceCalibration``) may replace the stage's scores
    /// (true unless the stage says otherwise). False for a stage whose edits only make sense
    /// together (text moved from one line to another): one score for all keeps them applied
    /// or held back together.
    var calibrates: Bool { get }
}

extension RepairStage {
    public var calibrates: Bool { true }
}

/// What a stage looks at: the lines it may concern, by their ``LineFeatures``, and how many
/// rounds it may run on one line.
///
/// ```swift
/// StageScope(linesWith: .nikhahit)              // only lines with a nikhahit
/// StageScope(linesWith: [.latin1, .privateUse])  // lines with either
/// StageScope.everyLine                           // every line
/// ```
public struct StageScope: Sendable, Equatable {
    /// The stage is called on a line only if the line has one of these features; nil: on every line.
    /// A promise: for a line with none of them, the stage proposes nothing and reports nothing.
    public var features: LineFeatures?
    /// How many times the stage may run on a line in a row while it still changes it (a
    /// correction can make its neighbour correctable); each round is recorded as its own edits.
    public var rounds: Int

    /// Lines with any of `features`, once each (or `rounds` times while they change).
    public init(linesWith features: LineFeatures, rounds: Int = 1) {
        self.features = features
        self.rounds = rounds
    }

    /// Every line, once (or `rounds` times while it changes).
    public init(everyLineRounds rounds: Int) {
        features = nil
        self.rounds = rounds
    }

    /// Every line, once.
    public static let everyLine = StageScope(everyLineRounds: 1)
    /// No line: the stage has nothing to do as configured.
    public static let noLine = StageScope(linesWith: [])

    /// Whether a line with `lineFeatures` may concern the stage.
    @inline(__always)
    public func admits(_ lineFeatures: LineFeatures) -> Bool {
        features.map { !$0.isDisjoint(with: lineFeatures) } ?? true
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
