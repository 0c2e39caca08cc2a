/// A stage that tunes itself to the whole document before repairing its lines.
///
/// The ``Normalizer`` calls ``adapted(to:)`` with every line as this stage
/// will see them (after the earlier stages), then runs the returned stage
/// line by line. Repairs stay line-local; only the stage's parameters come
/// from the document (for example, the OCR confusions it shows).
///
/// ``Normalizer/normalizeLine(_:lineNumber:edits:findings:)`` works on one
/// line and uses the stage as it is, without adaptation.
public protocol DocumentAdaptiveStage: RepairStage {
    /// The stage tuned to `lines`.
    func adapted(to lines: [[Unicode.Scalar]]) -> any RepairStage
    /// The stage tuned to `lines` and to the `edits` the pipeline has made so far
    /// (earlier passes and stages): what the document has already shown.
    /// By default, ``adapted(to:)``.
    func adapted(to lines: [[Unicode.Scalar]], edits: [Edit]) -> any RepairStage
    /// The stage tuned to the document again, after another pass: `previous` is what
    /// this stage returned last pass, so the work on lines that have not changed
    /// since can be reused. By default, ``adapted(to:edits:)``.
    func readapted(_ previous: any RepairStage, to lines: [[Unicode.Scalar]], edits: [Edit]) -> any RepairStage
    /// ``adapted(to:edits:)``, with what other stages found in the same lines (``LineFacts``), for a
    /// stage that asks the same of a line. What the ``Normalizer`` calls. By default, ``adapted(to:edits:)``.
    func adapted(to lines: [[Unicode.Scalar]], edits: [Edit], facts: LineFacts) -> any RepairStage
    /// ``readapted(_:to:edits:)``, with the document's ``LineFacts``. By default, ``readapted(_:to:edits:)``.
    func readapted(_ previous: any RepairStage, to lines: [[Unicode.Scalar]], edits: [Edit], facts: LineFacts) -> any RepairStage
}

extension DocumentAdaptiveStage {
    public var documentAdaptive: (any DocumentAdaptiveStage)? { self }
    public func adapted(to lines: [[Unicode.Scalar]], edits: [Edit]) -> any RepairStage { adapted(to: lines) }
    public func readapted(_ previous: any RepairStage, to lines: [[Unicode.Scalar]], edits: [Edit]) -> any RepairStage {
        adapted(to: lines, edits: edits)
    }
    public func adapted(to lines: [[Unicode.Scalar]], edits: [Edit], facts: LineFacts) -> any RepairStage {
        adapted(to: lines, edits: edits)
    }
    public func readapted(_ previous: any RepairStage, to lines: [[Unicode.Scalar]], edits: [Edit], facts: LineFacts) -> any RepairStage {
        readapted(previous, to: lines, edits: edits)
    }
}

/// A stage, as adapted to a document, that can tell when it repairs every line
/// exactly as another adaptation of itself does (same parameters learned), so
/// that lines which have not changed since need not be repaired again.
public protocol ComparableAdaptation: RepairStage {
    /// Whether this stage gives every line the same repairs and findings as `other`.
    func repairsLike(_ other: any RepairStage) -> Bool
}

extension ComparableAdaptation {
    public var comparableAdaptation: (any ComparableAdaptation)? { self }
}
