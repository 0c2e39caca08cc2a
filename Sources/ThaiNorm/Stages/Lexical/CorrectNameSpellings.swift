import Foundation

/// Repairs OCR misreadings inside people's names, which no dictionary lists:
/// a name that no Thai syllables can spell (`รัซฎาพร`: there is no syllable
/// `รัซ`) is replaced by the cheapest spelling that they can (`รัชฎาพร`),
/// within one OCR confusion (``ConfusionModel``) and with stray quotes
/// inside the name removed.
///
/// Names are found by ``NameGuard`` (after a title, or on a signature line).
/// A name that syllables can spell is never touched, however rare. The best
/// spelling must beat the next one by ``minimumMargin``; otherwise the name
/// stays and a finding gives the candidates.
///
/// ```swift
/// // นางรัซฎาพร ขันทะบุตร → นางรัชฎาพร ขันทะบุตร
/// ```
///
/// Complexity: per name part of length n, O(n · k) one-edit variants (k the
/// confusions per character), each spelled in O(n · L); two edits only when
/// one is not enough.
public struct CorrectNameSpellings: RepairStage {
    public let name = "CorrectNameSpellings"
    public let summary = "Repair OCR misreadings in people's names that no Thai syllables can spell (รัซฎาพร → รัชฎาพร)."

    let names: NameGuard
    let syllables: SyllableLexicon
    let confusions: ConfusionModel

    /// Confusions costlier than this are not tried.
    public var costliestConfusion: Float = 4.0
    /// The best spelling must be this much cheaper than the next.
    public var minimumMargin: Float = 1.0
    /// What removing a stray quote or comma inside a name costs.
    static let strayCost: Float = 0.5

    public init(names: NameGuard = .shared, syllables: SyllableLexicon = .shared, confusions: ConfusionModel = .shared) {
        self.names = names
        self.syllables = syllables
        self.confusions = confusions
    }

    public func repair(_ line: [Unicode.Scalar], into output: inout StageOutput) {
        for match in names.names(in: line) {
            for part in [match.given, match.family].compactMap({ $0 }) {
                // Closing brackets and punctuation after the family name are not part of it.
                var upper = part.upperBound
                while upper > part.lowerBound, ")].,:;".unicodeScalars.contains(line[upper - 1]) { upper -= 1 }
                let range = part.lowerBound..<upper
                let observed = Array(line[range])
                guard observed.count >= 2, observed.allSatisfy({ ThaiScript.isThai($0) || NameGuard.strayMarks.contains($0) }),
                      !observed.contains(where: ThaiScript.isDigit), syllables.cost(of: observed) == nil else { continue }
                let ranked = spellings(of: observed)
                guard let best = ranked.first else {
                    output.report(at: range.lowerBound, "name '\(String(String.UnicodeScalarView(observed)))' is not spelled in Thai syllables; no repair found")
                    continue
                }
                let margin = ranked.count > 1 ? ranked[1].score - best.score : .infinity
                if margin >= minimumMargin {
                    output.replace(range, with: best.spelling, confidence: 1 / (1 + exp(-Double(min(margin, 6)) - 1)),
                                   note: "name not spelled in Thai syllables")
                } else {
                    let listed = ranked.prefix(3).map { String(String.UnicodeScalarView($0.spelling)) }.joined(separator: ", ")
                    output.report(at: range.lowerBound, "name '\(String(String.UnicodeScalarView(observed)))' kept: it may be \(listed)")
                }
            }
        }
    }

    struct Spelling {
        var spelling: [Unicode.Scalar]
        var score: Float
    }

    /// Spellings within one confusion (stray quotes removed first), cheapest first: channel cost
    /// plus the syllables' cost.
    func spellings(of observed: [Unicode.Scalar]) -> [Spelling] {
        var base: [Unicode.Scalar] = []
        var baseCost: Float = 0
        for scalar in observed {
            if NameGuard.strayMarks.contains(scalar) { baseCost += Self.strayCost } else { base.append(scalar) }
        }
        var found: [[Unicode.Scalar]: Float] = [:]
        func consider(_ word: [Unicode.Scalar], _ cost: Float) {
            guard let spelled = syllables.cost(of: word) else { return }
            let total = cost + spelled
            if total < found[word, default: .infinity] { found[word] = total }
        }
        consider(base, baseCost)
        // One confusion only: a name two confusions away from a spelling is as likely a rare real name.
        for variant in variants(of: base) { consider(variant.word, variant.cost + baseCost) }
        return found.map { Spelling(spelling: $0.key, score: $0.value) }
            .sorted { $0.score != $1.score ? $0.score < $1.score : $0.spelling.lexicographicallyPrecedes($1.spelling) { $0.value < $1.value } }
    }

    /// One confusion undone: a character read for another, or a character OCR added.
    func variants(of word: [Unicode.Scalar]) -> [(word: [Unicode.Scalar], cost: Float)] {
        var result: [(word: [Unicode.Scalar], cost: Float)] = []
        for (index, scalar) in word.enumerated() {
            for (intended, cost) in confusions.producers[scalar] ?? [] where intended != scalar && cost <= costliestConfusion {
                var copy = word
                copy[index] = intended
                result.append((copy, cost))
            }
            if let cost = confusions.insertions[scalar], cost <= costliestConfusion {
                var copy = word
                copy.remove(at: index)
                result.append((copy, cost))
            }
        }
        return result
    }
}
