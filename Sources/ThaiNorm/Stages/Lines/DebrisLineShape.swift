/// What a line looks like as a whole, in the measures that tell OCR debris from text: the
/// fragments an OCR engine reads from rules, dots, stamps, signatures and marks split from their
/// line (`A    v   1    ๕     A  a       ww`, `๐      ขยขขส ส     ew`).
///
/// Debris is made of tiny tokens far apart, with no Thai word in it, and with tokens no text
/// writes: Latin fragments that are no English word, digits of both scripts in one number,
/// stray symbols. Text is not: a Thai line has runs of Thai letters, a table row has numbers,
/// a line of English has words, letters spread apart by PDF extraction are Thai letters one
/// space apart.
///
/// ```swift
/// let shape = DebrisLineShape(Array("A    v   1    ๕     A  a       ww".unicodeScalars))
/// shape.tokens               // 8
/// shape.meanTokenLength      // 1.25
/// shape.longestThaiRun       // 0
/// shape.implausibleTokens(in: line)  // 6 (A, v, A, a, ww, ww)
/// ```
///
/// Complexity: O(n) in the length of the line; ``implausibleTokens(in:isEnglishWord:)`` adds a
/// vocabulary lookup for each Latin token of three letters or more.
public struct DebrisLineShape: Sendable, Equatable {
    /// Whitespace-separated tokens.
    public var tokens = 0
    /// Scalars per token.
    public var meanTokenLength: Double = 0
    /// The longest run of Thai letters and marks (U+0E01–U+0E4E), anywhere in the line.
    public var longestThaiRun = 0
    /// The share of the gaps between tokens that are two whitespace characters or more.
    public var wideGapShare: Double = 0
    /// Where the tokens are.
    public var tokenRanges: [Range<Int>] = []

    /// How a token reads in a line of text.
    public enum TokenKind: Sendable, Equatable {
        /// Punctuation, dashes, brackets and form markers (`-`, `(`, `ๆ`, `✓`, `☐`): in text and
        /// debris alike, so they count for neither.
        case neutral
        /// Mostly Thai letters, a number of one script, an English word, an acronym or an
        /// abbreviation (`i.e.`).
        case plausible
        /// Anything else: a Latin fragment that is no known word (`vy`, `aA`), a number that
        /// mixes Thai and Arabic digits (`๑7`), stray symbols (`|`, `'=`, `«`).
        case implausible
    }

    /// Measures `line`.
    public init(_ line: [Unicode.Scalar]) {
        tokenRanges = ScalarLine.tokens(line)
        tokens = tokenRanges.count
        longestThaiRun = Self.longestThaiRun(in: line)
        guard tokens > 0 else { return }
        meanTokenLength = Double(tokenRanges.reduce(0) { $0 + $1.count }) / Double(tokens)
        let gaps = zip(tokenRanges, tokenRanges.dropFirst()).map { $1.lowerBound - $0.upperBound }
        wideGapShare = gaps.isEmpty ? 0 : Double(gaps.count { $0 >= 2 }) / Double(gaps.count)
    }

    /// The longest run of Thai letters and marks in `scalars`, or the first run longer than
    /// `limit` (the scan stops there: enough to say a line holds a Thai word).
    public static func longestThaiRun(in scalars: some Sequence<Unicode.Scalar>, stoppingAbove limit: Int = .max) -> Int {
        var run = 0, longest = 0
        for scalar in scalars {
            run = isThaiLetterOrMark(scalar) ? run + 1 : 0
            longest = max(longest, run)
            if longest > limit { break }
        }
        return longest
    }

    /// The tokens of `line` (the line measured) that no text writes (``TokenKind/implausible``);
    /// `isEnglishWord` says whether a Latin token of three letters or more (any case) is a word.
    public func implausibleTokens(in line: [Unicode.Scalar],
                                  isEnglishWord: (String) -> Bool = DebrisLineShape.knownEnglish) -> Int {
        tokenRanges.count { Self.kind(of: line[$0], isEnglishWord: isEnglishWord) == .implausible }
    }

    /// Whether `word` is in the English the corpus quotes (``EnglishVocabulary``).
    public static func knownEnglish(_ word: String) -> Bool {
        EnglishVocabulary.shared.lookup(word) != nil
    }

    /// How `token` (no whitespace) reads.
    public static func kind(of token: ArraySlice<Unicode.Scalar>, isEnglishWord: (String) -> Bool) -> TokenKind {
        if token.allSatisfy(neutral.contains) { return .neutral }
        if 2 * token.count(where: isThaiLetterOrMark) >= token.count { return .plausible }
        let core = Array(token.drop(while: edge.contains).reversed().drop(while: edge.contains).reversed())
        if !core.isEmpty, core.allSatisfy({ $0.isThaiOrASCIIDigit || numberSeparators.contains($0) }) {
            return isNumber(core) ? .plausible : .implausible
        }
        if isLatinWordShape(core) {
            if core.count >= 3, core.allSatisfy({ $0.isASCIILetter || $0 == "-" }), isEnglishWord(core.string) { return .plausible }
            let letters = core.filter(\.isASCIILetter)
            if core.count >= 3, letters.count >= 2, letters.allSatisfy({ ("A"..."Z").contains($0) }) { return .plausible }
            if core.count >= 2, core.contains(".") { return .plausible }
        }
        return .implausible
    }

    /// Digits of one script in groups joined by single separators (`๒๕๖๖`, `1,200.50`, `๑/๒๕๖๗`).
    static func isNumber(_ core: [Unicode.Scalar]) -> Bool {
        guard let first = core.first, let last = core.last, first.isThaiOrASCIIDigit, last.isThaiOrASCIIDigit else { return false }
        for (a, b) in zip(core, core.dropFirst()) where !a.isThaiOrASCIIDigit && !b.isThaiOrASCIIDigit { return false }
        return !(core.contains(where: ThaiScript.isDigit) && core.contains(where: \.isASCIIDigit))
    }

    /// Latin letters, with `-` `.` `&` `'` inside: `EXIM`, `e-Payment`, `i.e`, `AT&T`.
    static func isLatinWordShape(_ core: [Unicode.Scalar]) -> Bool {
        guard core.count >= 2, let first = core.first, let last = core.last,
              first.isASCIILetter, last.isASCIILetter else { return false }
        return core.allSatisfy { $0.isASCIILetter || wordJoiners.contains($0) }
    }

    static func isThaiLetterOrMark(_ scalar: Unicode.Scalar) -> Bool { (0x0E01...0x0E4E).contains(scalar.value) }

    /// Punctuation and form markers that text and debris share.
    static let neutral: ScalarSet = "-–—/:()ๆฯ“”\".,;…*•✓✔✗✘☐☑☒○●◎■□"
    /// What a number or word may be wrapped in: brackets, quotes, a full stop, a comma.
    static let edge: ScalarSet = "()[]{}.,;:\"“”'‘’"
    /// What joins the digit groups of a number.
    static let numberSeparators: ScalarSet = ".,:/-"
    /// What may stand inside a Latin word: `e-Payment`, `i.e`, `AT&T`, `O'Neil`.
    static let wordJoiners: ScalarSet = "-.&'"
}
