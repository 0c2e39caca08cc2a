import Foundation

/// Repairs OCR misreadings inside people's names, which no dictionary lists,
/// using the confusions the document itself has shown (``DocumentConfusions``).
///
/// A name is spelled in Thai syllables (``SyllableLexicon``). A name part is
/// replaced by a spelling one OCR confusion away when that spelling is much
/// likelier: its syllables' cost plus the confusion's cost (as often as this
/// document's dictionary repairs made it) beats the name as printed by
/// ``Parameters/minimumGain`` (`ขัยรัตน์` → `ชัยรัตน์` in a document that reads ช as ข).
/// A name no syllables can spell (`รัซฎาพร`: there is no syllable `รัซ`)
/// needs only the best spelling to beat the next one by ``Parameters/minimumMargin``.
/// Confusions the document has not shown are not assumed, so a clean
/// document's names are never changed; nor, for the same reason, are names
/// seen line by line without their document. Stray quotes and commas inside a
/// name (which no name contains) are always removed.
///
/// Names are found by ``NameGuard`` (after a title, or on a signature line).
/// A name part that is a listed Thai name (`mappings/person-names.txt`) is a
/// real name as printed: it is changed only to a spelling that the same
/// document shows for a name too (`กันทาซาว` is kept, but becomes `กันทาชาว`
/// where another name line of the document prints `กันทาชาว`).
///
/// ```swift
/// // in a document whose dictionary repairs read ช as ซ:
/// // นางรัซฎาพร ขันทะบุตร → นางรัชฎาพร ขันทะบุตร
/// ```
///
/// Complexity: per name part of length n, O(n · k) one-confusion variants (k
/// the confusions per character), each spelled in O(n · L).
public struct CorrectNameSpellings: DocumentAdaptiveStage {
    static let closers: ScalarSet = ")].,:;"
    public let name = "CorrectNameSpellings"
    public let summary = "Repair OCR misreadings in people's names with the confusions the document shows (รัซฎาพร → รัชฎาพร)."
    public let scope = StageScope.everyLine
    public let parameters: Parameters

    let names: NameGuard
    let syllables: SyllableLexicon
    let confusions: ConfusionModel
    /// What the document shows, if given (a test's, or a caller's who knows the document's
    /// confusions); empty: found from the document's edits by ``adaptation(to:)``.
    let evidence: DocumentConfusions

    public init(
        parameters: Parameters = .init(), names: NameGuard = .shared, syllables: SyllableLexicon = .shared,
        confusions: ConfusionModel = .shared, evidence: DocumentConfusions = .init()
    ) {
        self.parameters = parameters
        self.names = names
        var syllables = syllables
        syllables.unwrittenVowelCost = parameters.unwrittenVowelCost
        self.syllables = syllables
        self.confusions = confusions
        self.evidence = evidence
    }

    /// The names found in a line.
    public struct NameSurvey: Sendable {
        var names: NameGuard.LineNames
    }

    public func survey(_ line: [Unicode.Scalar], in context: LineContext) -> NameSurvey {
        NameSurvey(names: context.names(in: line, by: names))
    }

    /// What the document shows: the confusions of its edits, and how its names are spelled.
    public struct Adaptation: Equatable, Sendable {
        var confusions: DocumentConfusions
        /// Every name part of the document (after a title or in signature brackets), as printed.
        var spellings: Set<[Unicode.Scalar]>
    }

    /// The confusions the document's edits show in its lines (or the evidence given at init),
    /// and the spellings of its name parts.
    public func adaptation(to document: DocumentSurvey<NameSurvey>) -> Adaptation {
        var shown = evidence.isEmpty ? DocumentConfusions(lines: document.lines, edits: document.edits) : evidence
        shown.minimumEvidence = parameters.minimumEvidence
        shown.priorWeight = parameters.priorWeight
        var spellings = Set<[Unicode.Scalar]>()
        for (line, survey) in zip(document.lines, document.surveys) {
            for match in survey.names.matches {
                for part in [match.given, match.family].compactMap({ $0 }) { spellings.insert(Array(line[Self.withoutClosers(part, in: line)])) }
            }
        }
        return Adaptation(confusions: shown, spellings: spellings)
    }

    public func repair(_ line: [Unicode.Scalar], surveyed: NameSurvey, adaptation: Adaptation,
                       in context: LineContext, into output: inout StageOutput) {
        guard !surveyed.names.matches.isEmpty else { return }
        repair(line, names: surveyed.names.matches, adaptation: adaptation, into: &output)
    }

    /// `part` without the closing brackets and punctuation after it (a family name's `)`).
    static func withoutClosers(_ part: Range<Int>, in line: [Unicode.Scalar]) -> Range<Int> {
        var upper = part.upperBound
        while upper > part.lowerBound, closers.contains(line[upper - 1]) { upper -= 1 }
        return part.lowerBound..<upper
    }

    /// Mends the parts of `line` that `matches` say are names.
    private func repair(_ line: [Unicode.Scalar], names matches: [NameGuard.Match], adaptation: Adaptation,
                        into output: inout StageOutput) {
        for match in matches {
            for part in [match.given, match.family].compactMap({ $0 }) {
                let range = Self.withoutClosers(part, in: line)
                let observed = Array(line[range])
                guard observed.count >= 2, observed.allSatisfy({ ThaiScript.isThai($0) || NameGuard.strayMarks.contains($0) }),
                      !observed.contains(where: ThaiScript.isDigit) else { continue }
                mend(observed, at: range, adaptation: adaptation, into: &output)
            }
        }
    }

    private func mend(_ observed: [Unicode.Scalar], at range: Range<Int>, adaptation: Adaptation,
                      into output: inout StageOutput) {
        let base = observed.filter { !NameGuard.strayMarks.contains($0) }
        guard !base.isEmpty else { return }
        let text = { (word: [Unicode.Scalar]) in String(scalars: word) }
        var ranked = spellings(of: base, evidence: adaptation.confusions)
        // A listed name is a real name as printed: only a spelling the document shows for a name
        // too may replace it.
        if names.isListedName(base) {
            let shown = ranked.filter { adaptation.spellings.contains($0.spelling) }
            if shown.isEmpty {
                if base != observed { output.replace(range, with: base, confidence: parameters.strayMarksConfidence, note: "stray marks inside a name") }
                if let best = ranked.first {
                    output.report(at: range.lowerBound, "name '\(text(base))' kept: a listed name, and this document does not spell it '\(text(best.spelling))'")
                }
                return
            }
            ranked = shown
        }
        if let own = syllables.cost(of: base) {
            // Spelled: a repair must be much likelier than the name as printed.
            if let best = ranked.first, own - best.score >= parameters.minimumGain {
                let gain = own - best.score
                output.replace(range, with: best.spelling, confidence: 1 / (1 + exp(-Double(min(gain, parameters.confidenceCap)))),
                               note: "name: '\(text(best.spelling))' is \(Int(exp(min(gain, 9)).rounded()))x likelier with the confusions of this document")
            } else if base != observed {
                output.replace(range, with: base, confidence: parameters.strayMarksConfidence, note: "stray marks inside a name")
            }
            return
        }
        guard let best = ranked.first else {
            if base != observed { output.replace(range, with: base, confidence: parameters.strayMarksConfidence, note: "stray marks inside a name") }
            output.report(at: range.lowerBound, "name '\(text(base))' is not spelled in Thai syllables; no repair found among the confusions this document shows")
            return
        }
        let margin = ranked.count > 1 ? ranked[1].score - best.score : .infinity
        if margin >= parameters.minimumMargin {
            output.replace(range, with: best.spelling, confidence: 1 / (1 + exp(-Double(min(margin, parameters.confidenceCap)) - Double(parameters.unspelledConfidenceOffset))),
                           note: "name not spelled in Thai syllables")
        } else {
            if base != observed { output.replace(range, with: base, confidence: parameters.strayMarksConfidence, note: "stray marks inside a name") }
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
    func spellings(of word: [Unicode.Scalar], evidence: DocumentConfusions) -> [Spelling] {
        var found: [[Unicode.Scalar]: Float] = [:]
        for (index, scalar) in word.enumerated() {
            let keep = evidence.identityCost(scalar)
            let wrong = Self.isCertainlyWrong(word, at: index)
            for (intended, prior) in confusions.producers[scalar] ?? [] where intended != scalar && prior <= parameters.costliestConfusion {
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
