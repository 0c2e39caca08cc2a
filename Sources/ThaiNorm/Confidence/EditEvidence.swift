/// What is known about one proposed edit when its confidence is decided: which stage and
/// rule made it, its ``EditShape``, whether the words it leaves are ones the lexicon knows, and
/// how sure the stage itself was (its score, in bands).
///
/// The calibration table (``ConfidenceCalibration``) is keyed by these, from the most
/// specific (all five) to the least (the stage alone).
///
/// ```swift
/// let evidence = EditEvidence(stage: "CorrectLexicalErrors", note: "not in the lexicon",
///                             before: Array("เพิม".unicodeScalars), after: Array("เพิ่ม".unicodeScalars),
///                             resultKnown: true, score: 0.99999)
/// evidence.keys.first   // "CorrectLexicalErrors|not in the lexicon|toneAdded|known|4"
/// ```
public struct EditEvidence: Sendable, Hashable {
    public var stage: String
    /// The rule of the stage: its note up to the first detail (`item number misread: ๑๓ …`
    /// → `item number misread`).
    public var rule: String
    public var shape: EditShape
    /// Whether the words the edit touches, once it is made, are in the lexicon (``ResultWords``;
    /// an edit with no Thai letters around it counts as known).
    public var resultKnown: Bool
    /// The stage's own score in bands: 0 below 0.9, 1 below 0.99, 2 below 0.999, 3 below
    /// 0.9999, 4 below 1, 5 for 1.
    public var band: Int

    public init(stage: String, note: String?, before: some Collection<Unicode.Scalar>,
                after: some Collection<Unicode.Scalar>, resultKnown: Bool, score: Double) {
        self.stage = stage
        rule = Self.rule(of: note)
        shape = EditShape(before: before, after: after)
        self.resultKnown = resultKnown
        band = Self.band(of: score)
    }

    /// The rule part of a note: the text before its first `:` or quoted detail.
    public static func rule(of note: String?) -> String {
        guard let note else { return "" }
        let cut = note.firstIndex { $0 == ":" || $0 == "'" } ?? note.endIndex
        var rule = note[..<cut]
        while rule.last == " " { rule.removeLast() }
        return String(rule)
    }

    /// The band of a score: how many nines it has after the point, at most 4; 5 for 1.
    public static func band(of score: Double) -> Int {
        if score >= 1 { return 5 }
        var band = 0, miss = 1 - max(0, score)
        while band < 4, miss <= 0.1 * (1 + 1e-9) { band += 1; miss *= 10 }
        return band
    }

    /// Keys of the calibration table, most specific first: stage, rule, shape, known, band;
    /// then without the band, without the known flag, without the shape; the stage alone.
    public var keys: [String] {
        let known = resultKnown ? "known" : "unknown"
        return [
            "\(stage)|\(rule)|\(shape.rawValue)|\(known)|\(band)",
            "\(stage)|\(rule)|\(shape.rawValue)|\(known)",
            "\(stage)|\(rule)|\(shape.rawValue)",
            "\(stage)|\(rule)",
            stage,
        ]
    }
}
