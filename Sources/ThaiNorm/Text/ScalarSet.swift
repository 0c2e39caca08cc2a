/// A small fixed set of Unicode scalars, written as a string of its members,
/// whose membership test does not decode a string.
///
/// `"…".unicodeScalars.contains(x)` walks the UTF-8 of the string on every
/// call; in a loop over every character of a corpus that is most of the time
/// of a scan. A `ScalarSet` answers for ASCII from a 128-bit mask and for
/// other scalars from a short array.
///
/// ```swift
/// static let closers: ScalarSet = ").,:"
/// closers.contains(")")   // true
/// ```
///
/// Complexity: O(1) for ASCII, O(k) for the k non-ASCII members.
struct ScalarSet: Sendable, ExpressibleByStringLiteral {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var others: [UInt32] = []

    init(_ members: some StringProtocol) {
        for scalar in members.unicodeScalars {
            switch scalar.value {
            case 0..<64: low |= 1 << UInt64(scalar.value)
            case 64..<128: high |= 1 << UInt64(scalar.value - 64)
            default: others.append(scalar.value)
            }
        }
    }

    init(stringLiteral value: String) { self.init(value) }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 64 { return low & (1 << UInt64(v)) != 0 }
        if v < 128 { return high & (1 << UInt64(v - 64)) != 0 }
        return others.contains(v)
    }
}
