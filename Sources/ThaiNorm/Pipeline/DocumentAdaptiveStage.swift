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
}

extension DocumentAdaptiveStage {
    public func adapted(to lines: [[Unicode.Scalar]], edits: [Edit]) -> any RepairStage { adapted(to: lines) }
}
