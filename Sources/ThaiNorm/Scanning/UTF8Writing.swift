// UTF-8 written and searched in place: strings made from scalars in one pass into storage of
// the exact size, and byte search of one string in another.

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

/// Writes scalars as UTF-8 into a buffer the caller sized (see `UTF8.width(_:)`), for the
/// writers of this layer (``Lines/joined(_:carriageReturns:)``, `String(scalars:)`).
///
/// ```swift
/// var end = 0
/// for scalar in scalars { end = UTF8Writer.write(scalar, to: buffer, at: end) }
/// ```
///
/// Complexity: O(1) a scalar.
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
