/// Finds the parts of a line that are people's names, so that the lexical
/// stage leaves them alone (`mappings/titles.txt`, `mappings/person-names.txt`).
///
/// A name is what follows a title at the start of a token (after a space,
/// the start of the line or an opening bracket): the rest of that token (the
/// given name, or the next token when the title stands alone) and the token
/// after it (the family name). A title that is the start of a longer word is
/// not a title (`นายก`, `นายอำเภอ`). A whole token (brackets and trailing
/// punctuation aside) that is a listed Thai given or family name is a name
/// too, with or without a title (``isListedName(_:)``).
///
/// ```swift
/// NameGuard.shared.protectedRanges(in: Array("(นางฉวีวรรณ พิทักษ์วินัย)".unicodeScalars))
/// // [4..<24]: ฉวีวรรณ พิทักษ์วินัย)
/// ```
///
/// Complexity: O(n · titles) per line.
public struct NameGuard: Sendable {
    public static let shared: NameGuard = MappingTable.required { () throws(MappingTable.Failure) in
        try NameGuard(file: "titles.txt", lexicon: .shared, personNames: "person-names.txt")
    }

    /// Given and family names (`mappings/person-names.txt`): a token that is one is a name.
    let personNames: Set<[Unicode.Scalar]>
    /// The lengths, in scalars, a listed name can have: other tokens are not looked up.
    let personNameLengths: ClosedRange<Int>

    /// Titles, longest first.
    public let titles: [[Unicode.Scalar]]
    /// The titles by their first scalar, longest first.
    let titlesByFirst: [Unicode.Scalar: [[Unicode.Scalar]]]
    /// The first letters of titles: most positions are ruled out without hashing.
    let titleStarts: ScalarSet
    /// Abbreviated titles and the full form they stand for (`น.ส.` → `นางสาว`).
    public let fullTitles: [String: String]

    /// What OCR scatters inside a name and a name never contains: quotes, apostrophes, commas.
    public static let strayMarks: Set<Unicode.Scalar> = ["'", "\u{2018}", "\u{2019}", ",", "\"", "`"]

    /// The title as extraction reports it: the full form of an abbreviation.
    public func fullTitle(_ title: String) -> String { fullTitles[title] ?? title }
    let lexicon: Lexicon
    let segmenter: WordSegmenter
    /// Which guard this is, for ``LineFacts`` (copies share it): another list of titles finds other names.
    let identity: AnyObject & Sendable = Identity()
    private final class Identity: Sendable {}

    /// Reads titles from `file` and, if given, listed given and family names from `personNames`
    /// (first column).
    public init(file: String, lexicon: Lexicon, personNames: String? = nil) throws(MappingTable.Failure) {
        var listed = Set<[Unicode.Scalar]>()
        if let personNames {
            for (_, fields) in try MappingTable.numberedRows(of: personNames) { listed.insert(Array(fields[0].unicodeScalars)) }
        }
        self.personNames = listed
        let lengths = listed.map(\.count)
        personNameLengths = (lengths.min() ?? 0)...(lengths.max() ?? 0)
        let rows = try MappingTable.numberedRows(of: file)
        titles = rows.map { Array($0.fields[0].unicodeScalars) }.sorted { $0.count > $1.count }
        titlesByFirst = Dictionary(grouping: titles.filter { !$0.isEmpty }, by: { $0[0] })
        titleStarts = ScalarSet(titlesByFirst.keys)
        var full: [String: String] = [:]
        for (_, fields) in rows where fields.count >= 2 && !fields[1].isEmpty { full[String(fields[0])] = String(fields[1]) }
        fullTitles = full
        self.lexicon = lexicon
        self.segmenter = WordSegmenter(lexicon: lexicon)
    }

    /// The title that starts at `index`, if any (its length).
    public func title(in line: [Unicode.Scalar], at index: Int) -> Int? {
        guard index < line.count, titleStarts.contains(line[index]), let candidates = titlesByFirst[line[index]] else { return nil }
        for title in candidates where index + title.count <= line.count {
            guard line[index..<(index + title.count)].elementsEqual(title) else { continue }
            let end = index + title.count
            // "นายก", "นายอำเภอ", "นายกเทศมนตรี": a longer word starting here, after which the
            // token goes on in known words, means this is not a title. "นายกฤขณรงค์" is: the
            // rest after "นายก" is unknown, so "นาย" is a title before a name.
            // Abbreviations ending in a full stop are always titles.
            if title.last != ".", end < line.count, ThaiScript.isThai(line[end]), isPartOfLongerWord(line, index, titleEnd: end) {
                continue
            }
            return title.count
        }
        return nil
    }

    /// Whether a lexicon word longer than the title starts at `index` and the
    /// token continues after it in known words only.
    func isPartOfLongerWord(_ line: [Unicode.Scalar], _ index: Int, titleEnd: Int) -> Bool {
        var tokenEnd = titleEnd
        while tokenEnd < line.count, ThaiScript.isThai(line[tokenEnd]), !ThaiScript.isDigit(line[tokenEnd]) { tokenEnd += 1 }
        var longerEnds: [Int] = []
        lexicon.forEachWord(in: line, from: index, upTo: tokenEnd) { end, _ in
            if end > titleEnd { longerEnds.append(end) }
        }
        return longerEnds.contains { end in
            end == tokenEnd || !segmenter.withSegments(line, end..<tokenEnd) { tokens in tokens.contains { !$0.known } }
        }
    }

    /// Whether a token starts after `scalar`: whitespace or an opening bracket or quote.
    /// Thai scalars (nearly all) are ruled out first, ASCII by a mask.
    @inline(__always)
    static func opensToken(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x0E00 && v < 0x0E80 { return false }
        if v < 0x40 { return tokenOpeners.0 & (1 << UInt64(v)) != 0 }
        if v < 0x80 { return tokenOpeners.1 & (1 << UInt64(v - 0x40)) != 0 }
        return scalar.isWhitespace
    }

    /// ``opensToken(_:)`` for U+0000–U+003F and U+0040–U+007F: ASCII whitespace (tab to
    /// carriage return, space), `"`, `'`, `(`; then `[`, `{`. Constants, so the scan reads no global.
    @inline(__always)
    private static var tokenOpeners: (UInt64, UInt64) {
        let low: UInt64 = 0b11111 << 0x09 | 1 << 0x20 | 1 << 0x22 | 1 << 0x27 | 1 << 0x28
        let high: UInt64 = 1 << (0x5B - 0x40) | 1 << (0x7B - 0x40)
        return (low, high)
    }

    /// A person's name found in a line: scalar ranges of its title, given name and family name.
    public struct Match: Sendable, Equatable {
        /// Nil for a signature line `(given family)`, which has no title.
        public var title: Range<Int>?
        public var given: Range<Int>
        public var family: Range<Int>?
    }

    /// The names in `line`: after a title, or alone in brackets on a signature line.
    public func names(in line: [Unicode.Scalar]) -> [Match] {
        lineNames(in: line).matches
    }

    /// What ``names(in:)`` and ``protectedRanges(in:)`` are made of: a line's signature brackets
    /// (``signatureName(in:)``) and its names.
    struct LineNames: Sendable {
        var signature: Range<Int>?
        var matches: [Match]
        /// Tokens that are listed names (``isListedName(_:)``), without their brackets and punctuation.
        var listed: [Range<Int>] = []

        /// The ranges of the line that are names: given and family name of each match after a
        /// title, the whole of a signature line's brackets, and the listed names.
        var protectedRanges: [Range<Int>] {
            var ranges: [Range<Int>] = (signature.map { [$0] } ?? []) + listed
            for match in matches where match.title != nil {
                ranges.append(match.given.lowerBound..<(match.family?.upperBound ?? match.given.upperBound))
            }
            return ranges
        }
    }

    /// The signature brackets and names of `line`.
    func lineNames(in line: [Unicode.Scalar]) -> LineNames {
        let signature = signatureName(in: line)
        return LineNames(signature: signature, matches: names(in: line, signature: signature), listed: listedNames(in: line))
    }

    /// Whether `word` is a listed Thai given or family name (`mappings/person-names.txt`).
    ///
    /// ```swift
    /// NameGuard.shared.isListedName(Array("ฉวีวรรณ".unicodeScalars))   // true
    /// ```
    public func isListedName(_ word: some Collection<Unicode.Scalar>) -> Bool {
        personNameLengths.contains(word.count) && personNames.contains(Array(word))
    }

    /// The tokens of `line` that are listed names, each without the brackets, quotes and
    /// punctuation around it (`(สมชาย` → `สมชาย`).
    ///
    /// Complexity: O(n); one hash per token of Thai letters of a listed name's length.
    func listedNames(in line: [Unicode.Scalar]) -> [Range<Int>] {
        guard !personNames.isEmpty else { return [] }
        var found: [Range<Int>] = []
        for token in ScalarLine.tokens(line) {
            var lower = token.lowerBound, upper = token.upperBound
            while lower < upper, Self.encloser.contains(line[lower]) { lower += 1 }
            while upper > lower, Self.encloser.contains(line[upper - 1]) { upper -= 1 }
            if personNameLengths.contains(upper - lower), line[lower..<upper].allSatisfy(ThaiScript.isWordCharacter),
               personNames.contains(Array(line[lower..<upper])) {
                found.append(lower..<upper)
            }
        }
        return found
    }

    /// What may stand around a name in its token: brackets, quotes and punctuation.
    static let encloser: ScalarSet = "()[]{}\"'\u{201C}\u{201D}\u{2018}\u{2019}.,:;"

    /// ``names(in:)``, with the line's signature brackets (``signatureName(in:)``) already found.
    private func names(in line: [Unicode.Scalar], signature: Range<Int>?) -> [Match] {
        var matches: [Match] = []
        if let signature {
            let tokens = ScalarLine.tokens(line, in: signature)
            if tokens.count >= 2 {
                // A title may be written before the given name: (นางฉวีวรรณ พิทักษ์วินัย).
                var title: Range<Int>?
                var given = tokens[0]
                if let length = self.title(in: line, at: given.lowerBound), length < given.count {
                    title = given.lowerBound..<(given.lowerBound + length)
                    given = (given.lowerBound + length)..<given.upperBound
                }
                return [Match(title: title, given: given, family: tokens[tokens.count - 1])]
            }
        }
        var index = 0
        while let candidate = nextTitleStart(in: line, from: index) {
            index = candidate
            guard let length = title(in: line, at: index) else {
                index += 1
                continue
            }
            var start = index + length
            if start < line.count, line[start].isSpace { start = skipSpaces(line, start) }
            let givenEnd = tokenEnd(line, start)
            guard givenEnd > start else { index += length; continue }
            var family: Range<Int>?
            let familyStart = skipSpaces(line, givenEnd)
            if familyStart < line.count, familyStart > givenEnd, ThaiScript.isThai(line[familyStart]),
               !ThaiScript.isDigit(line[familyStart]), self.title(in: line, at: familyStart) == nil {
                family = familyStart..<tokenEnd(line, familyStart)
            }
            matches.append(Match(title: index..<(index + length), given: start..<givenEnd, family: family))
            index = max(family?.upperBound ?? givenEnd, index + 1)
        }
        return matches
    }

    /// The first position at or after `start` where a title may begin: a title's first letter
    /// at the start of a token.
    ///
    /// Tokens are long and their openers (``opensToken(_:)``) rare, so the scan looks for token
    /// starts and tests only the letter after each.
    ///
    /// Complexity: O(n), through the line's buffer (this reads every line of every document).
    private func nextTitleStart(in line: [Unicode.Scalar], from start: Int) -> Int? {
        let titleStarts = titleStarts
        /// Past the next token opener at or after `index` (past the end if none).
        @inline(__always) func afterOpener(_ index: Int) -> Int {
            (ScalarScan.firstIndex(in: line, from: index, where: Self.opensToken) ?? line.count) + 1
        }
        var index = start
        if index > 0, index < line.count, !Self.opensToken(line[index - 1]) {
            // Inside a token: on to the next opener.
            index = afterOpener(index)
        }
        // `index` is the start of a token (or past the end).
        while index < line.count {
            if titleStarts.contains(line[index]) { return index }
            index = afterOpener(index)
        }
        return nil
    }

    /// The ranges of `line` that are names: given and family name of each ``names(in:)``
    /// match (titles excluded), and the whole of a signature line's brackets.
    public func protectedRanges(in line: [Unicode.Scalar]) -> [Range<Int>] {
        lineNames(in: line).protectedRanges
    }

    /// A signature block's name line: `(given family)` alone on the line,
    /// two or three Thai tokens in brackets.
    func signatureName(in line: [Unicode.Scalar]) -> Range<Int>? {
        var lower = 0, upper = line.count
        while lower < upper, line[lower].isWhitespace { lower += 1 }
        while upper > lower, line[upper - 1].isWhitespace { upper -= 1 }
        guard upper - lower > 4, line[lower] == "(", line[upper - 1] == ")" else { return nil }
        let inner = Array(line[(lower + 1)..<(upper - 1)])
        let tokens = inner.split(whereSeparator: \.isSpace)
        // Names: short tokens of Thai letters, without ฯ (an abbreviation mark, not in names).
        guard (2...3).contains(tokens.count),
              tokens.allSatisfy({ $0.count <= 24 && $0.allSatisfy { ThaiScript.isThai($0) && !ThaiScript.isDigit($0) && $0 != "\u{0E2F}" } })
        else { return nil }
        return (lower + 1)..<(upper - 1)
    }

    private func skipSpaces(_ line: [Unicode.Scalar], _ index: Int) -> Int {
        var i = index
        while i < line.count, line[i].isSpace { i += 1 }
        return i
    }

    private func tokenEnd(_ line: [Unicode.Scalar], _ index: Int) -> Int {
        var i = index
        while i < line.count, !line[i].isWhitespace { i += 1 }
        return i
    }
}
