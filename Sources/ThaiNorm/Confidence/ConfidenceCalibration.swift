/// The confidence of an edit as measured: the share of edits with the same evidence that
/// were right on the benchmark's tune half, read from `mappings/calibration.tsv`.
///
/// A stage scores its own edits (a margin, a by-hand number); the Normalizer replaces that
/// score with the calibrated confidence of the edit's most specific ``EditEvidence`` key
/// the table holds, so that of the edits at confidence ≥ c about c are right, and
/// `minimumConfidence` means what it says. A rule the table has no row for, and whose stage
/// has none either (one the benchmark gave no edits to), keeps its stage's score.
///
/// ```swift
/// let calibration = ConfidenceCalibration.shared
/// calibration.confidence(for: evidence)   // about 0.997 for a sara am composed; nil if no row
/// ```
///
/// The table is made by `scripts/fit-calibration` (a lower bound of the share right, over the
/// distinct corrections, so a small cell is not trusted more than it earned).
public struct ConfidenceCalibration: Sendable {
    /// One row: the evidence key, the edits seen and right, the distinct corrections they were
    /// (one correction of a passage made on several routes counts once; the bound is over
    /// these), and the confidence given.
    public struct Cell: Sendable, Equatable {
        public var edits: Int
        public var right: Int
        public var corrections: Int
        public var confidence: Double
    }

    public let cells: [String: Cell]

    public init(cells: [String: Cell]) {
        self.cells = cells
    }

    /// No calibration: every edit keeps its stage's score.
    public static let none = ConfidenceCalibration(cells: [:])

    /// The table of the embedded `mappings/calibration.tsv`.
    public static let shared: ConfidenceCalibration = MappingTable.required { () throws(MappingTable.Failure) in
        try ConfidenceCalibration(file: "calibration.tsv")
    }

    /// Reads rows of `key, edits, right, corrections, confidence`.
    public init(file: String) throws(MappingTable.Failure) {
        var cells: [String: Cell] = [:]
        for (line, fields) in try MappingTable.numberedRows(of: file) {
            guard fields.count == 5, let edits = Int(fields[1]), let right = Int(fields[2]),
                let corrections = Int(fields[3]), let confidence = Double(fields[4]), (0...1).contains(confidence),
                right <= edits, (1...max(1, edits)).contains(corrections)
            else {
                throw .malformed(file: file, line: line,
                                 reason: "expected key, edits, right ≤ edits, corrections in 1…edits, confidence in 0…1")
            }
            guard cells[String(fields[0])] == nil else {
                throw .malformed(file: file, line: line, reason: "key '\(fields[0])' is listed twice")
            }
            cells[String(fields[0])] = Cell(edits: edits, right: right, corrections: corrections, confidence: confidence)
        }
        self.cells = cells
    }

    /// The calibrated confidence of an edit with `evidence`: the row of its most specific key
    /// present; `nil` when the table has none (the stage's own score stands).
    ///
    /// Complexity: at most five dictionary lookups.
    public func confidence(for evidence: EditEvidence) -> Double? {
        confidence(forKeys: evidence.keys)
    }

    /// The confidence of the first of `keys` (most specific first, ``EditEvidence/keys``) that
    /// has a row.
    public func confidence(forKeys keys: [String]) -> Double? {
        guard !cells.isEmpty else { return nil }
        return keys.lazy.compactMap { cells[$0]?.confidence }.first
    }
}
