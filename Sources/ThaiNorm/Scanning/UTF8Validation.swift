import ThaiTrie

/// Strict UTF-8 decoding that says *where* input stops being UTF-8.
///
/// Rejects overlong forms, surrogates (U+D800–U+DFFF), code points above
/// U+10FFFF and truncated sequences, as the Unicode Standard requires.
///
/// ```swift
/// UTF8Validation.firstInvalidOffset([0x61, 0xE0, 0xB8])        // 1 (truncated)
/// UTF8Validation.decodeSequence([0xE0, 0xB8, 0x81], at: 0)     // ("ก", 3)
/// ```
///
/// Complexity: O(1) a sequence, O(n) a validation.
enum UTF8Validation {
    /// Decodes the sequence starting at `index`; `nil` if it is not well-formed.
    ///
    /// Complexity: O(1).
    @inline(__always)
    static func decodeSequence(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        precondition(index >= 0 && index < bytes.count, "an index outside the bytes")
        return bytes.withUnsafeBufferPointer { decodeSequence($0, at: index) }
    }

    private static func decodeSequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let b0 = bytes[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length: Int
        var value: UInt32
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2; value = UInt32(b0 & 0x1F)
        case 0xE0: length = 3; value = UInt32(b0 & 0x0F); lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(b0 & 0x0F)
        case 0xED: length = 3; value = UInt32(b0 & 0x0F); highest = 0x9F
        case 0xF0: length = 4; value = UInt32(b0 & 0x07); lowest = 0x90
        case 0xF1...0xF3: length = 4; value = UInt32(b0 & 0x07)
        case 0xF4: length = 4; value = UInt32(b0 & 0x07); highest = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for k in 1..<length {
            let b = bytes[index + k]
            let (low, high) = k == 1 ? (lowest, highest) : (UInt8(0x80), UInt8(0xBF))
            guard b >= low, b <= high else { return nil }
            value = (value << 6) | UInt32(b & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, or `nil`.
    ///
    /// A Thai-block scalar (E0 B8/B9 80–BF, nearly every scalar of a Thai text) is checked in one
    /// test of four bytes, a run of ASCII eight bytes at a time; anything else by
    /// ``decodeSequence(_:at:)``.
    ///
    /// Complexity: O(n).
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
    }

    private static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = base[index]
            if lead < 0x80 {
                index &+= 1
                while index &+ 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index &+= 8
                }
                continue
            }
            // E0, then B8 or B9, then a continuation byte (the fourth byte is not looked at).
            if index &+ 4 <= count,
               UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self)) & 0x00C0_FEFF == 0x0080_B8E0 {
                index &+= 3
                continue
            }
            guard let (_, length) = decodeSequence(bytes, at: index) else { return index }
            index &+= length
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    /// The index of the first `byte` at or after `start`, or nil: `memchr`, which reads many bytes
    /// a step (NUL bytes are looked for in every input).
    ///
    /// ```swift
    /// Array("a\nb".utf8).firstIndex(ofByte: 0x0A, from: 0)   // 1
    /// ```
    ///
    /// Complexity: O(n).
    func firstIndex(ofByte byte: UInt8, from start: Int) -> Int? {
        precondition(start >= 0, "a negative index")
        return withUnsafeBufferPointer { $0.firstIndex(of: byte, from: start) }
    }
}
