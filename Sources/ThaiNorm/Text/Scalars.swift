/// Small helpers for working with lines as arrays of Unicode scalars, the
/// unit every stage counts in.
extension Array where Element == Unicode.Scalar {
    /// The scalars of `string`.
    @inlinable
    init(scalarsOf string: some StringProtocol) {
        self.init(string.unicodeScalars)
    }

    /// The scalars as a `String`.
    var string: String { String(scalars: self) }
}

extension ArraySlice where Element == Unicode.Scalar {
    /// The scalars as a `String`.
    var string: String { String(scalars: self) }
}

extension Unicode.Scalar {
    /// U+0020 SPACE, the only separator the spacing stages join or keep.
    @inlinable
    var isSpace: Bool { value == 0x20 }

    /// Unicode whitespace (White_Space), answered without a property lookup for
    /// ASCII and Thai, which are nearly all of the text.
    @inlinable
    var isWhitespace: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v >= 0x0E00 && v <= 0x0E7F { return false }
        return properties.isWhitespace
    }

    /// ASCII letters A–Z, a–z.
    @inlinable
    var isASCIILetter: Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    /// ASCII digits 0–9.
    @inlinable
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// A digit of either script: ASCII 0–9 or Thai ๐–๙.
    @inlinable
    var isThaiOrASCIIDigit: Bool { isASCIIDigit || (value >= 0x0E50 && value <= 0x0E59) }
}

/// Operations on a line held as Unicode scalars.
enum ScalarLine {
    /// The most blank lines read over to the rest of a name or an amount a line break cuts:
    /// pdftotext -layout's one blank line, pango's between a justified line's words, a few lines
    /// ``JoinLinesStartingWithMarks`` emptied. Dates read over more
    /// (``ThaiDateParser/blankLinesInsideDate``): on held-out releases sixteen joined a given
    /// name to the next paragraph's first word.
    static let blankLinesInsideWrap = 3

    /// The first line after `index` with text, over at most `blanks` blank lines between (lines
    /// ``JoinLinesStartingWithMarks`` emptied, pdftotext's blank lines between a table's cells,
    /// pango's between a justified line's words); nil when there is none that near.
    ///
    /// ```swift
    /// ScalarLine.nextWithText(after: 0, in: ["ก", "", "ข"], overBlanks: 3)   // 2
    /// ```
    ///
    /// Complexity: O(blanks × line length).
    static func nextWithText<Line: Collection>(after index: Int, in lines: [Line], overBlanks blanks: Int) -> Int?
    where Line.Element: WhitespaceTestable {
        nextWithText(after: index, in: lines, overBlanks: blanks) { $0.allSatisfy(\.isWhitespace) }
    }

    /// The same, with what counts as blank said by `isBlank` (``ThaiDateParser`` passes over a
    /// line of marks alone too).
    static func nextWithText<Line>(after index: Int, in lines: [Line], overBlanks blanks: Int,
                                   isBlank: (Line) -> Bool) -> Int? {
        var next = index + 1
        while next < lines.count, isBlank(lines[next]) {
            guard next - index <= blanks else { return nil }
            next += 1
        }
        return next < lines.count ? next : nil
    }

    /// The ranges of the whitespace-separated tokens of `line` (Unicode whitespace), or of its
    /// part `range`.
    ///
    /// Complexity: O(n).
    static func tokens(_ line: [Unicode.Scalar], in range: Range<Int>? = nil) -> [Range<Int>] {
        let range = range ?? 0..<line.count
        var tokens: [Range<Int>] = []
        var start = range.lowerBound
        while start < range.upperBound {
            if line[start].isWhitespace { start += 1; continue }
            var end = start
            while end < range.upperBound, !line[end].isWhitespace { end += 1 }
            tokens.append(start..<end)
            start = end
        }
        return tokens
    }

    /// The range of the last whitespace-separated token of `line`, found from its end.
    ///
    /// Complexity: O(k) for the k scalars from the token to the line's end.
    static func lastToken(_ line: [Unicode.Scalar]) -> Range<Int>? {
        var end = line.count
        while end > 0, line[end - 1].isWhitespace { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, !line[start - 1].isWhitespace { start -= 1 }
        return start..<end
    }

    /// The range of the first whitespace-separated token of `line`.
    ///
    /// Complexity: O(k) for the k scalars from the line's start to the token's end.
    static func firstToken(_ line: [Unicode.Scalar]) -> Range<Int>? {
        var start = 0
        while start < line.count, line[start].isWhitespace { start += 1 }
        guard start < line.count else { return nil }
        var end = start
        while end < line.count, !line[end].isWhitespace { end += 1 }
        return start..<end
    }

    /// `line` with each range replaced; `replacements` must be sorted and must not overlap.
    ///
    /// Complexity: O(n + r) for r replacement scalars.
    static func splice(
        _ line: [Unicode.Scalar], _ replacements: [(range: Range<Int>, with: [Unicode.Scalar])]
    ) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(line.count)
        var position = 0
        for replacement in replacements {
            result.append(contentsOf: line[position..<replacement.range.lowerBound])
            result.append(contentsOf: replacement.with)
            position = replacement.range.upperBound
        }
        result.append(contentsOf: line[position...])
        return result
    }
}

extension String {
    /// The string without the whitespace at either end.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].isWhitespace { scalars.formIndex(after: &start) }
        while start < end {
            let last = scalars.index(before: end)
            guard scalars[last].isWhitespace else { break }
            end = last
        }
        if start == scalars.startIndex, end == scalars.endIndex { return self }
        return String(Substring(scalars[start..<end]))
    }
}

/// What ``ScalarLine/nextWithText(after:in:overBlanks:)`` reads lines of: scalars or characters.
protocol WhitespaceTestable {
    var isWhitespace: Bool { get }
}

extension Unicode.Scalar: WhitespaceTestable {}
extension Character: WhitespaceTestable {}
