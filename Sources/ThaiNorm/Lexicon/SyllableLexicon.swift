import Foundation
import ThaiTrie

/// Thai syllables with how often each stands alone as a word
/// (`mappings/thai-syllables.tsv`): what a name no dictionary lists is
/// still made of.
///
/// ```swift
/// SyllableLexicon.shared.cost(of: Array("รัชฎาพร".unicodeScalars))   // finite: รัช ฎา พร
/// SyllableLexicon.shared.cost(of: Array("รัซฎาพร".unicodeScalars))   // nil: no syllable รัซ
/// ```
///
/// Complexity: O(n · L) per word, L the longest syllable.
public struct SyllableLexicon: Sendable {
    public static let shared: SyllableLexicon = MappingTable.required { () throws(MappingTable.Failure) in
        SyllableLexicon(syllables: try Lexicon(embedded: .syllables))
    }

    /// The syllables in a trie, each costing −ln of its share relative to the commonest
    /// (`ln((max + 1) / (count + 1))`): ชัย (5,312 in the TNC) 5.0, ขัย (30) 10.2.
    let syllables: Lexicon
    /// What a lone consonant read as a syllable with an unwritten vowel costs: about a
    /// syllable seen 700 times (lone consonants are a few percent of a name's syllables,
    /// shared among 44 letters).
    public var unwrittenVowelCost: Float = CorrectNameSpellings.Parameters().unwrittenVowelCost

    /// The syllables of `syllables`, a lexicon costed against the commonest syllable
    /// (``WordList/syllables``: counts + 1, since a syllable never seen alone is still a syllable).
    init(syllables: Lexicon) {
        self.syllables = syllables
    }

    public func contains(_ syllable: [Unicode.Scalar]) -> Bool { syllables.contains(syllable) }

    /// The cheapest way to spell `word` in syllables (its total cost), or nil if it cannot be.
    public func cost(of word: [Unicode.Scalar]) -> Float? {
        guard !word.isEmpty else { return nil }
        var best = [Float](repeating: .infinity, count: word.count + 1)
        best[0] = 0
        syllables.withTrie { trie in
            for start in 0..<word.count where best[start].isFinite {
                let here = best[start]
                trie.forEachWord(in: word, from: start, upTo: min(word.count, start + syllables.longestWord)) { end, cost in
                    if here + cost < best[end] { best[end] = here + cost }
                }
                // A consonant with its vowel unwritten (the ช of ชนันท์, the ส of สมุทร).
                // Not ฃ and ฅ: obsolete, they are only ever OCR misreadings now.
                let scalar = word[start]
                if ThaiScript.isConsonant(scalar), scalar != "\u{0E03}", scalar != "\u{0E05}",
                   here + unwrittenVowelCost < best[start + 1] {
                    best[start + 1] = here + unwrittenVowelCost
                }
            }
        }
        return best[word.count].isFinite ? best[word.count] : nil
    }
}
