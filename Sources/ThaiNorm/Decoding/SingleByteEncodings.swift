/// Facts about the single-byte encodings that Thai text gets mangled through.
///
/// The Windows-1252 table is read from ICU once, not typed in here; the
/// TIS-620 offset is the standard's own layout (byte 0xA1 + n is U+0E01 + n).
enum SingleByteEncodings {
    /// Unicode → byte for Windows-1252, with Latin-1's identity mapping for the
    /// five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D),
    /// which decoders commonly pass through as C1 controls.
    static let windows1252: [Unicode.Scalar: UInt8] = {
        var table: [Unicode.Scalar: UInt8] = [:]
        for byte in 0x80...0x9F {
            if let text = try? ICUConverter.decode([UInt8(byte)], charset: "windows-1252"),
               let scalar = text.unicodeScalars.first, text.unicodeScalars.count == 1 {
                table[scalar] = UInt8(byte)
            }
            table[Unicode.Scalar(UInt8(byte))] = UInt8(byte)
        }
        return table
    }()

    /// The Windows-1252 (or Latin-1) byte that decodes to `scalar`, if any.
    @inline(__always)
    static func windows1252Byte(for scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v < 0x80 || (v >= 0xA0 && v <= 0xFF) { return UInt8(v) }
        return windows1252[scalar]
    }

    /// The Thai character whose TIS-620 byte, read as Latin-1, gives `scalar`:
    /// U+00A1–U+00FB → U+0E01–U+0E5B, except the four bytes TIS-620 leaves
    /// undefined (0xDB–0xDE).
    @inline(__always)
    static func thaiFromTIS620ReadAsLatin1(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        guard v >= 0xA1, v <= 0xFB, !(0xDB...0xDE).contains(v) else { return nil }
        return Unicode.Scalar(v + 0x0D60)
    }
}
