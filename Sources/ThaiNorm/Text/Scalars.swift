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

extension String {
    /// The string of `scalars`, written as UTF-8 once into storage of the exact size.
    /// (Appending scalars to a `String.UnicodeScalarView` one by one is many times slower.)
    ///
    /// ```swift
    /// String(scalars: Array("ที่".unicodeScalars))   // "ที่"
    /// ```
    ///
    /// Complexity: O(n), two passes over `scalars`.
    init(scalars: some Collection<Unicode.Scalar>) {
        var size = 0
        for scalar in scalars { size += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: size) { buffer in
            var written = 0
            for scalar in scalars { written = UTF8Writer.write(scalar, to: buffer, at: written) }
            return written
        }
    }
}

/// Writes scalars as UTF-8 into a buffer the caller sized (see `UTF8.width(_:)`).
enum UTF8Writer {
    /// Writes `scalar` at `offset`; returns the offset after it.
    @inline(__always)
    static func write(_ scalar: Unicode.Scalar, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        // Every byte below fits: the shifts and masks leave at most 8 bits.
        @inline(__always) func byte(_ value: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: value) }
        let v = scalar.value
        if v < 0x80 {
            buffer[offset] = byte(v)
            return offset &+ 1
        }
        if v < 0x800 {
            buffer[offset] = byte(0xC0 | v >> 6)
            buffer[offset &+ 1] = byte(0x80 | v & 0x3F)
            return offset &+ 2
        }
        if v < 0x10000 {
            buffer[offset] = byte(0xE0 | v >> 12)
            buffer[offset &+ 1] = byte(0x80 | v >> 6 & 0x3F)
            buffer[offset &+ 2] = byte(0x80 | v & 0x3F)
            return offset &+ 3
        }
        buffer[offset] = byte(0xF0 | v >> 18)
        buffer[offset &+ 1] = byte(0x80 | v >> 12 & 0x3F)
        buffer[offset &+ 2] = byte(0x80 | v >> 6 & 0x3F)
        buffer[offset &+ 3] = byte(0x80 | v & 0x3F)
        return offset &+ 4
    }
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
}

/// Operations on a line held as Unicode scalars.
enum ScalarLine {
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
    /// Whether `word` occurs in the string, compared scalar by scalar (no Unicode equivalence,
    /// no Foundation): the fast test for the fixed Thai keywords extraction looks for.
    ///
    /// Complexity: O(n · m).
    func containsScalars(_ word: String) -> Bool {
        // UTF-8 is self-synchronizing: a byte match of one well-formed string in another
        // starts and ends on scalar boundaries, so comparing bytes compares scalars.
        var haystack = self, needle = word
        return haystack.withUTF8 { haystack in
            needle.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    var k = 1
                    while k < needle.count, haystack[start + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                return false
            }
        }
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
