import Foundation

/// The OCR confusions one document has shown: which letters its dictionary
/// repairs put back for which (`ซ` read where `ช` was printed, 62 times), and
/// how often each letter occurs in it.
///
/// Stages that cannot check their guesses against a dictionary (people's
/// names) use this as evidence: a confusion the document has not shown is
/// not assumed, and one it shows often is cheap. A clean document shows
/// none, so such stages leave it alone.
///
/// ```swift
/// let confusions = DocumentConfusions(lines: lines, edits: edits)
/// confusions.count(intended: "ช", observed: "ซ")   // 62
/// confusions.cost(intended: "ช", observed: "ซ", prior: 2.9)   // about 0.8
/// ```
///
/// Complexity: O(n) in the document's length plus the edits'.
public struct DocumentConfusions: Sendable, Equatable {
    /// Substitutions the dictionary repairs made: (intended, observed) → count.
    public private(set) var substitutions: [ConfusionModel.SubstitutionPair: Int] = [:]
    /// How often each letter that some confusion put back occurs in the document as repaired.
    public private(set) var occurrences: [Unicode.Scalar: Int] = [:]
    /// How often each intended scalar was read as some other scalar.
    private var misread: [Unicode.Scalar: Int] = [:]

    /// Stages whose edits are evidence: repairs checked against the dictionary.
    public static let evidenceStages: Set<String> = ["CorrectLexicalErrors"]
    /// How many times a confusion must be seen before it is assumed.
    public var minimumEvidence = CorrectNameSpellings.Parameters().minimumEvidence
    /// How many occurrences the learned prior weighs, against the document's counts.
    public var priorWeight: Float = CorrectNameSpellings.Parameters().priorWeight
    /// No evidence: every confusion is unseen.
    public init() {}

    /// The evidence in `edits` (applied same-length replacements made by ``evidenceStages``),
    /// with letter counts from `lines`.
    public init(lines: [[Unicode.Scalar]], edits: [Edit]) {
        for edit in edits where edit.applied && Self.evidenceStages.contains(edit.stage) {
            let before = Array(edit.before.unicodeScalars), after = Array(edit.after.unicodeScalars)
            guard before.count == after.count else { continue }
            for (observed, intended) in zip(before, after) where observed != intended {
                add(intended: intended, observed: observed, count: 1)
            }
        }
        // Only letters some confusion put back are ever asked about: count those (none in a clean document).
        guard !misread.isEmpty else { return }
        let counts = ScalarScan.thaiBlockCounts(in: lines)
        for scalar in misread.keys where (0x0E00..<0x0E80).contains(scalar.value) {
            occurrences[scalar] = counts[Int(scalar.value - 0x0E00)]
        }
    }

    /// Evidence stated directly, for tests: each pair seen `count` times among `occurrences` of its letter.
    public init(pairs: [(intended: Unicode.Scalar, observed: Unicode.Scalar)], count: Int, occurrences: Int) {
        for pair in pairs {
            add(intended: pair.intended, observed: pair.observed, count: count)
            self.occurrences[pair.intended] = max(self.occurrences[pair.intended] ?? 0, occurrences)
        }
    }

    private mutating func add(intended: Unicode.Scalar, observed: Unicode.Scalar, count: Int) {
        substitutions[ConfusionModel.SubstitutionPair(intended: intended, observed: observed), default: 0] += count
        misread[intended, default: 0] += count
    }

    /// Whether the document has shown nothing.
    public var isEmpty: Bool { substitutions.isEmpty }

    /// How many substitutions the document's repairs made.
    public var total: Int { substitutions.values.reduce(0, +) }

    /// How many times `intended` was read as `observed`.
    public func count(intended: Unicode.Scalar, observed: Unicode.Scalar) -> Int {
        substitutions[ConfusionModel.SubstitutionPair(intended: intended, observed: observed)] ?? 0
    }

    /// −ln P(observed | intended) in this document, the learned `prior` cost counting as
    /// ``priorWeight`` occurrences; nil when the document has not shown the confusion
    /// ``minimumEvidence`` times. (Assuming unseen confusions, at a penalty, in documents with
    /// many repairs changed 6% of real names: `scripts/eval-names --context`.)
    public func cost(intended: Unicode.Scalar, observed: Unicode.Scalar, prior: Float) -> Float? {
        let seen = count(intended: intended, observed: observed)
        guard seen >= minimumEvidence else { return nil }
        let total = Float(max(occurrences[intended] ?? 0, seen))
        return -log((Float(seen) + priorWeight * exp(-prior)) / (total + priorWeight))
    }

    /// −ln P(scalar read as itself) in this document.
    public func identityCost(_ scalar: Unicode.Scalar) -> Float {
        let wrong = Float(misread[scalar] ?? 0)
        guard wrong > 0 else { return 0 }
        let total = Float(max(occurrences[scalar] ?? 0, Int(wrong)))
        return -log(max(0.05, (total - wrong + priorWeight) / (total + priorWeight)))
    }
}
