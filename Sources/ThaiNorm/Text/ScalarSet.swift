/// A small fixed set of Unicode scalars, written as a string of its members,
/// whose membership test does not decode a string.
///
/// `"…".unicodeScalars.contains(x)` walks the UTF-8 of the string on every
/// call; in a loop over every character of a corpus that is most of the time
/// of a scan. A `ScalarSet` answers for ASCII and for the Thai block from
/// 128-bit masks, and for other scalars from a short array.
///
/// ```swift
/// static let closers: ScalarSet = ").,:"
/// closers.contains(")")   // true
/// ```
///
/// Complexity: O(1) for ASCII and Thai, O(k) for the k other members.
struct ScalarSet: Sendable, ExpressibleByStringLiteral {
    /// Bits for U+0000–U+007F, then for U+0E00–U+0E7F.
    private var ascii: (UInt64, UInt64) = (0, 0)
    private var thai: (UInt64, UInt64) = (0, 0)
    private var others: [UInt32] = []

    init(_ members: some Sequence<Unicode.Scalar>) {
        for scalar in members { insert(scalar) }
    }

    init(_ members: some StringProtocol) {
        self.init(members.unicodeScalars)
    }

    init(stringLiteral value: String) { self.init(value) }

    private mutating func insert(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        switch v {
        case 0..<64: ascii.0 |= 1 << UInt64(v)
        case 64..<128: ascii.1 |= 1 << UInt64(v - 64)
        case 0x0E00..<0x0E40: thai.0 |= 1 << UInt64(v - 0x0E00)
        case 0x0E40..<0x0E80: thai.1 |= 1 << UInt64(v - 0x0E40)
        default: if !others.contains(v) { others.append(v) }
        }
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 64 { return ascii.0 & (1 << UInt64(v)) != 0 }
        if v < 128 { return ascii.1 & (1 << UInt64(v - 64)) != 0 }
        if v >= 0x0E00 && v < 0x0E80 {
            let bit = UInt64((v - 0x0E00) & 63)
            return (v < 0x0E40 ? thai.0 : thai.1) & (1 << bit) != 0
        }
        return others.contains(v)
    }
}
