/// Joins Thai letters that PDF extraction spread apart with spaces
/// (`ไ ด ้แ ต ่งต ั้งค ณ ะ` → `ได้แต่งตั้งคณะ`).
///
/// **Detection.** The line is cut into tokens at spaces. A *chain* is a run
/// of Thai-letter tokens separated by single spaces (a double space, a digit,
/// Latin text or punctuation ends it). A chain is spread when it has at
/// least ``minimumChainLength`` tokens, most of them are short (at most two
/// consonants), and at least two could never be a word on their own: they
/// start with a combining mark or a following vowel (ะ า ำ), end with a
/// leading vowel, or have no consonant. Clean Thai never has such tokens, so
/// clean lines are left alone.
///
/// **Joining.** Inside a spread chain every single space is removed, except
/// one after a long token (three or more consonants) when the next token
/// can start a word: that is a real phrase space (`ข้อที่ ส ิ่งท` keeps the
/// space after `ข้อที่`). Double spaces, Latin text and numbers are never touched.
/// Each gap is its own edit, noted by how sure it is: a side must attach
/// across it (a mark after it, a leading vowel before it); a lexicon word of
/// the joined chain spans it (a word never holds a space); or neither, when
/// the space may be a real one between two words.
///
/// Complexity: O(n) in the length of the line.
public struct JoinSpreadLetters: RepairStage {
    public let name = "JoinSpreadLetters"
    public let summary = "Join Thai letters that extraction spread apart with spaces, keeping real phrase spaces."

    public let parameters: Parameters
    /// Cuts a joined chain into words, to tell a gap inside a word from one between words.
    let segmenter: WordSegmenter

    public init(parameters: Parameters = .init(), lexicon: Lexicon = .shared) {
        self.parameters = parameters
        self.segmenter = WordSegmenter(lexicon: lexicon)
    }

    /// A token that cannot stand alone starts with a mark or ะ า ำ ๅ after a space, or has a leading vowel
    /// without a consonant after it (at its end, or in a token of vowels and marks only).
    public var scope: StageScope { StageScope(linesWith: [.spaceBeforeNonStarter, .leadingVowelUnfollowed]) }

    struct Token {
        var range: Range<Int>
        var consonants: Int
        var startsImpossibly: Bool
        var endsImpossibly: Bool
        var isImpossible: Bool { startsImpossibly || endsImpossibly || consonants == 0 }
    }

    public func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        // A spread chain has at least `minimumImpossibleTokens` tokens that cannot stand alone;
        // a line with fewer in all (nearly every line) is passed over without building tokens.
        guard Self.impossibleTokens(in: line, atLeast: parameters.minimumImpossibleTokens) else { return }
        var chain: [Token] = []
        var index = 0
        var previousEnd = -1
        while index < line.count {
            if line[index].isSpace { index += 1; continue }
            var end = index
            while end < line.count, !line[end].isSpace { end += 1 }
            let token = Self.token(line, index..<end)
            let singleSpaceBefore = previousEnd >= 0 && index - previousEnd == 1
            if let token, singleSpaceBefore, !chain.isEmpty {
                chain.append(token)
            } else {
                join(chain, in: line, into: &output)
                chain = token.map { [$0] } ?? []
            }
            previousEnd = end
            index = end
        }
        join(chain, in: line, into: &output)
    }

    /// Whether `line` has at least `count` space-separated tokens of Thai letters, vowels and
    /// marks that cannot stand alone (``Token/isImpossible``).
    ///
    /// Complexity: O(n), without allocating.
    static func impossibleTokens(in line: [Unicode.Scalar], atLeast count: Int) -> Bool {
        guard count > 0 else { return true }
        var found = 0
        var index = 0
        while index < line.count {
            if line[index].isSpace { index += 1; continue }
            var end = index
            while end < line.count, !line[end].isSpace { end += 1 }
            if let token = token(line, index..<end), token.isImpossible {
                found += 1
                if found >= count { return true }
            }
            index = end
        }
        return false
    }

    /// Describes a token made only of Thai letters, vowels and marks; `nil` for anything else.
    static func token(_ line: [Unicode.Scalar], _ range: Range<Int>) -> Token? {
        var consonants = 0
        for scalar in line[range] {
            switch ThaiScript.kind(of: scalar) {
            case .consonant: consonants += 1
            case .leadingVowel, .followingVowel, .aboveVowel, .belowVowel, .tone, .sign: break
            default: return nil
            }
        }
        return Token(
            range: range, consonants: consonants,
            startsImpossibly: ThaiScript.cannotStartWord(line[range.lowerBound]),
            endsImpossibly: ThaiScript.isLeadingVowel(line[range.upperBound - 1]))
    }

    private func isSpread(_ chain: [Token]) -> Bool {
        guard chain.count >= parameters.minimumChainLength else { return false }
        let impossible = chain.count { $0.isImpossible }
        let short = chain.count { $0.consonants <= parameters.shortTokenConsonants }
        return impossible >= parameters.minimumImpossibleTokens && Double(short) >= parameters.minimumShortShare * Double(chain.count)
    }

    /// The note of a gap next to a token that cannot stand alone.
    static let certainGapNote = "letters spread apart by extraction"
    /// The note of a gap between two tokens that could each be a word.
    static let judgedGapNote = "space between possible words in spread-apart letters"
    /// The note of a gap inside a lexicon word of the joined chain.
    static let wordGapNote = "space inside a word in spread-apart letters"

    /// Removes the gaps of a spread chain, one edit per gap (each is judged, and calibrated,
    /// on its own), keeping real phrase spaces.
    private func join(_ chain: [Token], in line: [Unicode.Scalar], into output: inout StageOutput) {
        guard isSpread(chain) else { return }
        let insideWords = gapsInsideWords(chain, in: line)
        for k in 0..<(chain.count - 1) {
            let left = chain[k], right = chain[k + 1]
            let realSpace = left.consonants >= parameters.phraseTokenConsonants && !left.endsImpossibly && !right.startsImpossibly
            if realSpace { continue }
            // A gap is certain when a side must attach across it: the right token starts with a
            // mark or ะ า ำ, or the left ends with a leading vowel. Any other gap (also one after a
            // token of marks alone, which belongs to the letters before it) is judged: inside a
            // word of the joined chain, or between two words, where a real space may have been.
            let (confidence, note) =
                if left.endsImpossibly || right.startsImpossibly {
                    (parameters.certainGapConfidence, Self.certainGapNote)
                } else if insideWords[k] {
                    (parameters.wordGapConfidence, Self.wordGapNote)
                } else {
                    (parameters.judgedGapConfidence, Self.judgedGapNote)
                }
            output.replace(left.range.upperBound..<right.range.lowerBound, with: [], confidence: confidence, note: note)
        }
    }

    /// For each gap of `chain` (between token k and k + 1), whether a lexicon word spans it
    /// once the chain's tokens are joined.
    ///
    /// Complexity: O(n) in the chain's length (``WordSegmenter``).
    func gapsInsideWords(_ chain: [Token], in line: [Unicode.Scalar]) -> [Bool] {
        var joined: [Unicode.Scalar] = []
        var gaps: [Int] = []
        for token in chain {
            if !joined.isEmpty { gaps.append(joined.count) }
            joined += line[token.range]
        }
        var inside = [Bool](repeating: false, count: gaps.count)
        var k = 0
        for word in segmenter.segment(joined) where word.known {
            while k < gaps.count, gaps[k] <= word.range.lowerBound { k += 1 }
            var j = k
            while j < gaps.count, gaps[j] < word.range.upperBound {
                inside[j] = true
                j += 1
            }
        }
        return inside
    }
}
