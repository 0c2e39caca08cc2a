import Foundation

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
        try SyllableLexicon(file: "thai-syllables.tsv")
    }

    /// Cost of each syllable, −ln of its share relative to the commonest (`ln((max + 1) / (count + 1))`):
    /// ชัย (5,312 in the TNC) 5.0, ขัย (30) 10.2.
    let costs: [[Unicode.Scalar]: Float]
    let longest: Int
    /// What a lone consonant read as a syllable with an unwritten vowel costs: about a
    /// syllable seen 700 times (lone consonants are a few percent of a name's syllables,
    /// shared among 44 letters).
    static let unwrittenVowelCost: Float = 7.0

    public init(file: String) throws(MappingTable.Failure) {
        var counts: [[Unicode.Scalar]: Int] = [:]
        for (line, fields) in try MappingTable.numberedRows(of: file) {
            guard fields.count >= 2, let count = Int(fields[1]) else {
                throw .malformed(file: file, line: line, reason: "expected SYLLABLE, COUNT")
            }
            counts[Array(fields[0].unicodeScalars)] = count
        }
        let top = Float(counts.values.max() ?? 1)
        costs = counts.mapValues { Float(log(Double(top + 1) / Double($0 + 1))) }
        longest = counts.keys.map(\.count).max() ?? 0
    }

    public func contains(_ syllable: [Unicode.Scalar]) -> Bool { costs[syllable] != nil }

    /// The cheapest way to spell `word` in syllables (its total cost), or nil if it cannot be.
    public func cost(of word: [Unicode.Scalar]) -> Float? {
        guard !word.isEmpty else { return nil }
        var best = [Float](repeating: .infinity, count: word.count + 1)
        best[0] = 0
        for start in 0..<word.count where best[start].isFinite {
            for end in (start + 1)...min(word.count, start + longest) {
                if let c = costs[Array(word[start..<end])], best[start] + c < best[end] { best[end] = best[start] + c }
            }
            // A consonant with its vowel unwritten (the ช of ชนันท์, the ส of สมุทร).
            // Not ฃ and ฅ: obsolete, they are only ever OCR misreadings now.
            if ThaiScript.isConsonant(word[start]), word[start] != "\u{0E03}", word[start] != "\u{0E05}",
               best[start] + Self.unwrittenVowelCost < best[start + 1] {
                best[start + 1] = best[start] + Self.unwrittenVowelCost
            }
        }
        return best[word.count].isFinite ? best[word.count] : nil
    }
}
