/// Finds English that OCR turned into Thai-looking text: whitespace tokens
/// that mix Thai letters with Latin letters, digits or symbols in ways Thai
/// writing never does (`0ลแ`, `^6ก1:6โ`, `(โ/\(ว)`), grouped into spans.
///
/// Normal Thai, numbers, dates, item numbers, URLs and real English are not
/// flagged: a token needs Thai letters *and* a foreign character inside it,
/// or misplaced Thai letters next to punctuation. A span at the start of a
/// line that looks like an item number (`(5).(5).เอ`) is left to numbering
/// repair.
///
/// Complexity: O(n) in the line length.
public enum GarbledEnglishDetector {
    static let foreignSymbols: ScalarSet = "^:!\\*?=;<>|~@#$%&_[]{}+"
    static let curlyQuotes: ScalarSet = "\u{2018}\u{2019}\u{201C}\u{201D}"
    static let listNumberEnds: ScalarSet = ".)"
    static let trailingPunctuation: ScalarSet = ":;,.*"
    static let connectorSymbols: ScalarSet = ":-()"

    /// Characters that never stand inside a Thai word.
    static func isForeign(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCIILetter || scalar.isASCIIDigit { return true }
        // "/" is not here: Thai writes และ/หรือ.
        if scalar.isASCII { return foreignSymbols.contains(scalar) }
        // Letters of other scripts are typing mistakes, not lookalike shapes.
        return !ThaiScript.isThai(scalar) && !scalar.isWhitespace && !scalar.properties.isAlphabetic
            && !curlyQuotes.contains(scalar)
    }

    /// More Thai letters than this in one token make it Thai text, not garbled English.
    static let maximumGarbledLetters = 12

    /// The part of a token to judge: without the punctuation around a word (a trailing
    /// colon, markdown asterisks) or a list number before it (`1.ท่าน`).
    static func wordPart(_ token: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var part = token
        while let first = part.first, first == "*" { part = part.dropFirst() }
        // A list number: digits then "." or ")" right before Thai.
        var index = part.startIndex
        while index < part.endIndex, part[index].isASCIIDigit || ThaiScript.isDigit(part[index]) { index += 1 }
        if index > part.startIndex, index < part.endIndex, listNumberEnds.contains(part[index]),
           index + 1 < part.endIndex, ThaiScript.isWordCharacter(part[index + 1]) {
            part = part[(index + 1)...]
        }
        while let last = part.last, trailingPunctuation.contains(last) { part = part.dropLast() }
        return part
    }

    /// Whether a whitespace token is Thai-looking garbage.
    public static func isGarbled(_ whole: ArraySlice<Unicode.Scalar>) -> Bool {
        // Fast path: a token of Thai letters and marks only (nearly every token), or one
        // without a Thai letter, is not garbled.
        guard isMixed(whole) else { return false }
        let token = wordPart(whole)
        // One pass over the word part: its Thai letters, and what else stands in it.
        var hasLetter = false, letters = 0, foreign = false, punctuation = false
        // A Thai digit wedged between Thai letters ("๐กแ๐กิก") is not a number.
        var digitInsideWord = false
        var index = token.startIndex
        while index < token.endIndex {
            let scalar = token[index]
            if ThaiScript.isWordCharacter(scalar) {
                letters += 1
                if ThaiScript.isConsonant(scalar) || ThaiScript.isLeadingVowel(scalar) { hasLetter = true }
            } else if ThaiScript.isDigit(scalar) {
                if index > token.startIndex, index + 1 < token.endIndex,
                   ThaiScript.isWordCharacter(token[index - 1]), ThaiScript.isWordCharacter(token[index + 1]) {
                    digitInsideWord = true
                }
            } else if !ThaiScript.isThai(scalar), !scalar.isWhitespace {
                punctuation = true
                if isForeign(scalar) { foreign = true }
            }
            index += 1
        }
        // A long Thai word with one stray symbol is Thai text for the lexical stage; a garbled
        // English word gives a short token.
        guard hasLetter, letters <= maximumGarbledLetters else { return false }
        if foreign || digitInsideWord { return !isURLOrEmail(token) }
        return punctuation && ThaiOrthography.violations(in: token).violations > 0
    }

    static func isURLOrEmail(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(scalars: token)
        return text.contains("://") || text.hasPrefix("www.") || (text.contains("@") && text.contains("."))
    }

    /// Tokens that may sit between garbled tokens of one span: a colon, a dash,
    /// a short group of digits or a lone bracket.
    static func isConnector(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        token.count <= 3 && token.allSatisfy { $0.isASCIIDigit || ThaiScript.isDigit($0) || connectorSymbols.contains($0) }
    }

    /// What an item number garbled by OCR leaves at the start of a line: numbering-like tokens,
    /// tokens without Thai letters, and fragments of two characters or fewer.
    static func isNumberingDebris(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        isNumberingLike(token) || isConnector(token) || token.count <= 2
            || !token.contains { ThaiScript.isConsonant($0) || ThaiScript.isLeadingVowel($0) }
    }

    /// A token that looks like an item number: digits and dots, at most two Thai letters.
    static func isNumberingLike(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        let digits = token.count { $0.isASCIIDigit || ThaiScript.isDigit($0) || $0 == "©" || $0 == "^" }
        let letters = token.count { ThaiScript.isConsonant($0) || ThaiScript.isLeadingVowel($0) }
        return token.contains(".") && digits >= 1 && letters <= 2
    }

    /// Whether `token` has a Thai letter (a consonant or a leading vowel) and something other
    /// than Thai letters and marks: what every garbled token has.
    @inline(__always)
    static func isMixed(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        var seen: UInt8 = 0
        let sawAll = ScanClass.classifier.forEachClass(in: token, outside: ScanClass.outside) { _, _, kind in
            seen |= kind
            return seen & ScanClass.mixed != ScanClass.mixed
        }
        return !sawAll
    }

    /// The garbled tokens of `line` (see ``isGarbled(_:)``).
    ///
    /// Complexity: O(n).
    public static func garbledTokens(in line: [Unicode.Scalar]) -> [Range<Int>] {
        // Tags split tokens (see ``tokens(_:)``): with a `<`, judge the tokens between them.
        let mixed = mixedWhitespaceTokens(line) ?? tokens(line).filter { isMixed(line[$0]) }
        return mixed.filter { isGarbled(line[$0]) }
    }

    /// The whitespace tokens of `line` that are mixed (``isMixed(_:)``), found in one pass; nil for
    /// a line with a `<`, where tags may split or join tokens.
    ///
    /// Complexity: O(n), without allocating for a line that has no mixed token (nearly all).
    static func mixedWhitespaceTokens(_ line: [Unicode.Scalar]) -> [Range<Int>]? {
        var mixed: [Range<Int>] = []
        // What the token so far holds: ScanClass bits.
        var start = 0, seen: UInt8 = 0
        let noTags = ScanClass.classifier.forEachClass(in: line, outside: ScanClass.outside) { index, scalar, kind in
            if scalar == "<" { return false }
            if kind == ScanClass.space {
                if seen == ScanClass.mixed { mixed.append(start..<index) }
                start = index + 1
                seen = 0
            } else {
                seen |= kind
            }
            return true
        }
        guard noTags else { return nil }
        if seen == ScanClass.mixed { mixed.append(start..<line.count) }
        return mixed
    }

    /// What ``isMixed(_:)`` and ``mixedWhitespaceTokens(_:)`` tell apart, by table for ASCII and Thai:
    /// a Thai letter (consonant or leading vowel), anything else but Thai marks and vowels, and
    /// whitespace (which is such an "other" too, inside a token).
    private enum ScanClass {
        static let letter: UInt8 = 1, other: UInt8 = 2, space: UInt8 = 4 | 2
        /// A token with both a letter and something else.
        static let mixed = letter | other

        /// The class of a scalar neither ASCII nor Thai.
        @inline(__always)
        static func outside(_ scalar: Unicode.Scalar) -> UInt8 {
            scalar.isWhitespace ? space : other
        }

        /// The classes of U+0000–U+007F and U+0E00–U+0E7F.
        static let classifier = ScalarClassifier(
            ascii: { Unicode.Scalar(UInt8($0)).isWhitespace ? space : other },
            thai: { scalar in
                if ThaiScript.isConsonant(scalar) || ThaiScript.isLeadingVowel(scalar) { return letter }
                return ThaiScript.isWordCharacter(scalar) ? 0 : other
            })
    }

    /// The tokens of `line`: runs of non-space characters, with HTML tags (`<p>`, `</u>`) as separators.
    ///
    /// Complexity: O(n).
    static func tokens(_ line: [Unicode.Scalar]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var start: Int?
        var index = 0
        while index < line.count {
            let scalar = line[index]
            if scalar == "<", index + 1 < line.count, line[index + 1].isASCIILetter || line[index + 1] == "/",
               let close = line[index...].prefix(64).firstIndex(of: ">") {
                if let open = start { tokens.append(open..<index) }
                start = nil
                index = close + 1
                continue
            }
            if scalar.isWhitespace {
                if let open = start { tokens.append(open..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
            index += 1
        }
        if let open = start { tokens.append(open..<line.count) }
        return tokens
    }

    /// Spans of garbled English in `line`, as lists of token ranges.
    public static func spans(in line: [Unicode.Scalar]) -> [[Range<Int>]] {
        spans(in: line, garbled: garbledTokens(in: line))
    }

    /// ``spans(in:)``, from the line's ``garbledTokens(in:)``, found already.
    static func spans(in line: [Unicode.Scalar], garbled: [Range<Int>]) -> [[Range<Int>]] {
        // Nearly every line has no garbled token.
        guard !garbled.isEmpty else { return [] }
        // The garbled tokens are some of the line's tokens, in order.
        let tokens = tokens(line)
        var nextGarbled = 0
        var spans: [[Range<Int>]] = []
        var current: [Range<Int>] = []
        var pendingConnectors: [Range<Int>] = []
        for token in tokens {
            while nextGarbled < garbled.count, garbled[nextGarbled].lowerBound < token.lowerBound { nextGarbled += 1 }
            let isGarbledToken = nextGarbled < garbled.count && garbled[nextGarbled] == token
            if !isGarbledToken && current.isEmpty { continue }
            let slice = line[token]
            if isGarbledToken {
                if !current.isEmpty { current += pendingConnectors }
                pendingConnectors = []
                current.append(token)
            } else if !current.isEmpty, isConnector(slice) {
                pendingConnectors.append(token)
            } else {
                if !current.isEmpty { spans.append(current) }
                current = []
                pendingConnectors = []
            }
        }
        if !current.isEmpty { spans.append(current) }
        // Item numbers at the start of a line belong to numbering repair.
        if let first = spans.first, let firstToken = first.first, let lineStart = tokens.first, firstToken == lineStart {
            var trimmed = first
            while let head = trimmed.first, isNumberingDebris(line[head]) { trimmed.removeFirst() }
            if trimmed.isEmpty { spans.removeFirst() } else { spans[0] = trimmed }
        }
        return spans
    }
}
