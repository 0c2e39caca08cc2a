/// Small helpers for working with lines as arrays of Unicode scalars, the
/// unit every stage counts in.
extension Array where Element == Unicode.Scalar {
    /// The scalars of `string`.
    @inlinable
    init(scalarsOf string: some StringProtocol) {
        self.init(string.unicodeScalars)
    }

    /// The scalars as a `String`.
    var string: String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: self)
        return String(result)
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    /// The scalars as a `String`.
    var string: String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: self)
        return String(result)
    }
}

extension Unicode.Scalar {
    /// U+0020 SPACE, the only separator the spacing stages join or keep.
    @inlinable
    var isSpace: Bool { value == 0x20 }

    /// ASCII letters A–Z, a–z.
    @inlinable
    var isASCIILetter: Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    /// ASCII digits 0–9.
    @inlinable
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}
