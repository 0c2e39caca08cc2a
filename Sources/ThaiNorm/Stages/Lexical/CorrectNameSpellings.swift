import Foundation

/// Repairs OCR misreadings inside people's names, which no dictionary lists,
/// using the confusions the document itself has shown (``DocumentConfusions``).
///
/// A name is spelled in Thai syllables (``SyllableLexicon``). A name part is
/// replaced by a spelling one OCR confusion away when that spelling is much
/// likelier: its syllables' cost plus the confusion's cost (as often as this
/// document's dictionary repairs made it) beats the name as printed by
/// ``minimumGain`` (`ขัยรัตน์` → `ชัยรัตน์` in a document that reads ช as ข).
/// A name no syllables can spell (`รัซฎาพร`: there is no syllable `รัซ`)
/// needs only the best spelling to beat the next one by ``minimumMargin``.
/// Confusions the document has not shown are not assumed, so a clean
/// document's names are never changed; nor, for the same reason, are names
/// seen line by line without their document. Stray quotes and commas inside a
/// name (which no name contains) are always removed.
///
/// Names are found by ``NameGuard`` (after a title, or on a signature line).
///
/// ```swift
/// // in a document whose dictionary repairs read ช as ซ:
/// // นางรัซฎาพร ขันทะบุตร → นางรัชฎาพร ขันทะบุตร
/// ```
///
/// Complexity: per name part of length n, O(n · k) one-confusion variants (k
/// the confusions per character), each spelled in O(n · L).
public struct CorrectNameSpellings: DocumentAdaptiveStage, ComparableAdaptation {
    static let closers: ScalarSet = ")].,:;"
    public let name = "CorrectNameSpellings"
    public let summary = "Repair OCR misreadings in people's names with the confusions the document shows (รัซฎาพร → รัชฎาพร)."

    let names: NameGuard
    let syllables: SyllableLexicon
    let confusions: ConfusionModel
    /// What this document has shown: given, or found by ``adapted(to:edits:)``.
    public var evidence: DocumentConfusions
    /// The names of each line adapted to (found through the document's ``LineFacts``).
    var lineNames = LineAnalysis<NameGuard.LineNames>()

    /// Learned confusions costlier than this are not tried.
    public var costliestConfusion: Float = 4.0
    /// A name that syllables spell changes only when the repair is this much cheaper (ln 10: 10 times likelier).
    public var minimumGain: Float = 2.3
    /// For a name that syllables cannot spell, the best spelling must be this much cheaper than the next.
    public var minimumMargin: Float = 1.0

    public init(
        names: NameGuard = .shared, syllables: SyllableLexicon = .shared, confusions: ConfusionModel = .shared,
        evidence: DocumentConfusions = .init()
    ) {
        self.names = names
        self.syllables = syllables
        self.confusions = confusions
        self.evidence = evidence
    }

    public func adapted(to lines: [[Unicode.Scalar]]) -> any RepairStage { self }

    /// The stage with the confusions `edits` show in `lines` (evidence given at init is kept).
    public func adapted(to lines: [[Unicode.Scalar]], edits: [Edit]) -> any RepairStage {
        guard evidence.isEmpty else { return self }
        var copy = self
        copy.evidence = DocumentConfusions(lines: lines, edits: edits)
        return copy
    }

    /// As ``adapted(to:edits:)``, with the names of every line, found through `facts` (the lexical
    /// stage found them already in the lines it left as they were).
    public func adapted(to lines: [[Unicode.Scalar]], edits: [Edit], facts: LineFacts) -> any RepairStage {
        var adapted = self.adapted(to: lines, edits: edits) as? CorrectNameSpellings ?? self
        let names = names
        adapted.lineNames = LineAnalysis(lines) { index, line in facts.names(at: index, of: line, by: names) }
        return adapted
    }

    /// As ``adapted(to:edits:facts:)``: the evidence is found again, and the names of the lines kept in `facts`.
    public func readapted(_ previous: any RepairStage, to lines: [[Unicode.Scalar]], edits: [Edit], facts: LineFacts) -> any RepairStage {
        adapted(to: lines, edits: edits, facts: facts)
    }

    /// The same evidence (and settings): the same repairs.
    public func repairsLike(_ other: any RepairStage) -> Bool {
        guard let other = other as? CorrectNameSpellings else { return false }
        return other.evidence == evidence && other.minimumGain == minimumGain && other.minimumMargin == minimumMargin
            && other.costliestConfusion == costliestConfusion
    }

    public func repair(_ line: [Unicode.Scalar], into output: inout StageOutput) {
        repair(line, names: names.names(in: line), into: &output)
    }

    /// A line found to hold no name when adapting, still as it was, is not the stage's.
    public func mayRepair(_ line: [Unicode.Scalar], atLine index: Int) -> Bool {
        !lineNames.holds(at: index, ifStill: line) { $0.matches.isEmpty }
    }

    /// Line `index`, its names as found when adapting if the line is still as it was then.
    public func repair(_ line: [Unicode.Scalar], atLine index: Int, into output: inout StageOutput) {
        guard let found = lineNames.value(at: index, ifStill: line) else { return repair(line, into: &output) }
        repair(line, names: found.matches, into: &output)
    }

    /// Mends the parts of `line` that `matches` say are names.
    private func repair(_ line: [Unicode.Scalar], names matches: [NameGuard.Match], into output: inout StageOutput) {
        for match in matches {
            for part in [match.given, match.family].compactMap({ $0 }) {
                // Closing brackets and punctuation after the family name are not part of it.
                var upper = part.upperBound
                while upper > part.lowerBound, Self.closers.contains(line[upper - 1]) { upper -= 1 }
                let range = part.lowerBound..<upper
                let observed = Array(line[range])
                guard observed.count >= 2, observed.allSatisfy({ ThaiScript.isThai($0) || NameGuard.strayMarks.contains($0) }),
                      !observed.contains(where: ThaiScript.isDigit) else { continue }
                mend(observed, at: range, into: &output)
            }
        }
    }

    private func mend(_ observed: [Unicode.Scalar], at range: Range<Int>, into output: inout StageOutput) {
        let base = observed.filter { !NameGuard.strayMarks.contains($0) }
        guard !base.isEmpty else { return }
        let text = { (word: [Unicode.Scalar]) in String(scalars: word) }
        let ranked = spellings(of: base)
        if let own = syllables.cost(of: base) {
            // Spelled: a repair must be much likelier than the name as printed.
            if let best = ranked.first, own - best.score >= minimumGain {
                let gain = own - best.score
                output.replace(range, with: best.spelling, confidence: 1 / (1 + exp(-Double(min(gain, 6)))),
                               note: "name: '\(text(best.spelling))' is \(Int(exp(min(gain, 9)).rounded()))x likelier with the confusions of this document")
            } else if base != observed {
                output.replace(range, with: base, confidence: 0.9, note: "stray marks inside a name")
            }
            return
        }
        guard let best = ranked.first else {
            if base != observed { output.replace(range, with: base, confidence: 0.9, note: "stray marks inside a name") }
            output.report(at: range.lowerBound, "name '\(text(base))' is not spelled in Thai syllables; no repair found among the confusions this document shows")
            return
        }
        let margin = ranked.count > 1 ? ranked[1].score - best.score : .infinity
        if margin >= minimumMargin {
            output.replace(range, with: best.spelling, confidence: 1 / (1 + exp(-Double(min(margin, 6)) - 1)),
                           note: "name not spelled in Thai syllables")
        } else {
            if base != observed { output.replace(range, with: base, confidence: 0.9, note: "stray marks inside a name") }
            let listed = ranked.prefix(3).map { text($0.spelling) }.joined(separator: ", ")
            output.report(at: range.lowerBound, "name '\(text(base))' kept: it may be \(listed)")
        }
    }

    struct Spelling {
        var spelling: [Unicode.Scalar]
        var score: Float
    }

    /// Spellings one confusion away from `word` that syllables can spell, cheapest first:
    /// the syllables' cost plus what the confusion costs in this document. A character
    /// that cannot be right (``isCertainlyWrong(_:at:)``) is replaced at its learned cost,
    /// whether the document has shown the confusion or not.
    func spellings(of word: [Unicode.Scalar]) -> [Spelling] {
        var found: [[Unicode.Scalar]: Float] = [:]
        for (index, scalar) in word.enumerated() {
            let keep = evidence.identityCost(scalar)
            let wrong = Self.isCertainlyWrong(word, at: index)
            for (intended, prior) in confusions.producers[scalar] ?? [] where intended != scalar && prior <= costliestConfusion {
                guard let cost = evidence.cost(intended: intended, observed: scalar, prior: prior) ?? (wrong ? prior : nil)
                else { continue }
                var copy = word
                copy[index] = intended
                guard let spelled = syllables.cost(of: copy) else { continue }
                let total = spelled + cost - keep
                if total < found[copy, default: .infinity] { found[copy] = total }
            }
        }
        return found.map { Spelling(spelling: $0.key, score: $0.value) }
            .sorted { $0.score != $1.score ? $0.score < $1.score : $0.spelling.lexicographicallyPrecedes($1.spelling) { $0.value < $1.value } }
    }

    /// Whether Thai spelling rules out the character at `index` of a name: a maitaikhu
    /// (◌็, which shortens a vowel before a final consonant) with no consonant after it
    /// (`ศุภศิลป็`), or the obsolete ฃ and ฅ, which only OCR writes now.
    static func isCertainlyWrong(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        switch word[index] {
        case "\u{0E47}": return index + 1 == word.count || !ThaiScript.isConsonant(word[index + 1])
        case "\u{0E03}", "\u{0E05}": return true
        default: return false
        }
    }
}
