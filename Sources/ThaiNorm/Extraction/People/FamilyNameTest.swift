/// Whether the word after a given name can be a family name, or is the
/// sentence going on: `นายสมชาย กล่าวว่า`, `นางสาวรัชดา กล่าวเพิ่มเติม` name
/// nobody called กล่าว.
///
/// A word is not a family name when it is a function word or common verb
/// (`mappings/stopwords.txt`), or is dictionary words only that start with one
/// and have another second or last; a listed given or family name (``NameGuard/isListedName(_:)``)
/// always may be one.
///
/// ```swift
/// FamilyNameTest.shared.mayBeFamilyName(Array("กล่าวเพิ่มเติม".unicodeScalars))   // false
/// FamilyNameTest.shared.mayBeFamilyName(Array("ทวีสิน".unicodeScalars))           // true
/// ```
///
/// Complexity: O(n · longest word) for a word of n scalars (one segmentation).
public struct FamilyNameTest: Sendable {
    public static let shared: FamilyNameTest = MappingTable.required { () throws(MappingTable.Failure) in
        try FamilyNameTest(file: "stopwords.txt", names: .shared, lexicon: .shared)
    }

    let stopwords: Set<[Unicode.Scalar]>
    let names: NameGuard
    let segmenter: WordSegmenter

    public init(file: String, names: NameGuard, lexicon: Lexicon) throws(MappingTable.Failure) {
        var words = Set<[Unicode.Scalar]>()
        for (_, fields) in try MappingTable.numberedRows(of: file) { words.insert(Array(fields[0].unicodeScalars)) }
        stopwords = words
        self.names = names
        segmenter = WordSegmenter(lexicon: lexicon)
    }

    /// Whether `word` (Thai letters, punctuation removed) can be a family name.
    public func mayBeFamilyName(_ word: [Unicode.Scalar]) -> Bool {
        if names.isListedName(word) { return true }
        if stopwords.contains(word) { return false }
        let tokens = segmenter.segment(word)
        guard tokens.count > 1, tokens.allSatisfy(\.known) else { return true }
        // `กล่าวว่า`, `กล่าวทิ้งท้ายว่า`, `กล่าวเพิ่มเติม`: a function word first and another
        // second or last. One function word at the start alone is no evidence: family names
        // are made of words (`ยิ่งมหิศรานนท์`).
        func isStopword(_ token: WordSegmenter.Token) -> Bool { stopwords.contains(Array(word[token.range])) }
        return !(isStopword(tokens[0]) && (isStopword(tokens[1]) || isStopword(tokens[tokens.count - 1])))
    }

    /// Whether `given` ends in the sentence going on, written without a space (`โสภณกล่าวว่า`):
    /// dictionary words from a function word on, four letters or more, after a first part of two
    /// or more, that start with a function word of four letters or more (`กล่าว`) or could not be
    /// a family name (``mayBeFamilyName(_:)``).
    public func hasSentenceTail(_ given: [Unicode.Scalar]) -> Bool {
        // Four letters or more: a name's last syllable may be a short function word (`…โต`).
        guard given.count >= 6 else { return false }
        for start in 2...(given.count - 4) {
            // Where a function word starts (the whole name's segmentation may not cut there).
            guard let first = (2...min(12, given.count - start)).last(where: { stopwords.contains(Array(given[start..<(start + $0)])) })
            else { continue }
            let tail = Array(given[start...])
            if stopwords.contains(tail) { return true }
            let tokens = segmenter.segment(tail)
            // A long function word (`กล่าว`) then dictionary words, or function words on (`ได้รับ…`).
            if tokens.allSatisfy(\.known), first >= 4 || !mayBeFamilyName(tail) { return true }
        }
        return false
    }

    /// Whether `word` is dictionary words of which one is a function word (`ลงวันที่`): a
    /// sentence, not a name.
    public func containsFunctionWord(_ word: [Unicode.Scalar]) -> Bool {
        if stopwords.contains(word) { return true }
        let tokens = segmenter.segment(word)
        return tokens.allSatisfy(\.known) && tokens.contains { stopwords.contains(Array(word[$0.range])) }
    }

    /// Whether the segmentation of `line[token]` has a word boundary at `boundary`.
    func segmentsAt(_ line: [Unicode.Scalar], _ token: Range<Int>, boundary: Int) -> Bool {
        segmenter.withSegments(line, token) { tokens in tokens.contains { $0.range.lowerBound == boundary } }
    }

    /// Whether `line[range]` is dictionary words only.
    func isDictionaryWords(_ line: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        !range.isEmpty && segmenter.withSegments(line, range) { tokens in tokens.allSatisfy(\.known) }
    }
}
