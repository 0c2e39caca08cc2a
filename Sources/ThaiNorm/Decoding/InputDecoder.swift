import ThaiTrie

/// The encoding an input was read as.
public enum SourceEncoding: String, Codable, Sendable {
    case utf8 = "utf-8"
    case utf8WithBOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case tis620 = "tis-620"
    case windows874 = "windows-874"
}

/// Text decoded from bytes, with the encoding it was found in.
///
/// Held as UTF-8 (well-formed: checked as it was decoded), which is what the normalizer reads;
/// ``text`` makes a `String` of it on demand.
public struct DecodedText: Sendable, Equatable {
    /// The text as well-formed UTF-8 (without a byte-order mark).
    public private(set) var utf8: [UInt8]
    public var encoding: SourceEncoding

    /// The text (decoded from ``utf8`` at each call: bind it once).
    public var text: String {
        get { String(decoding: utf8, as: UTF8.self) }
        set { utf8 = Array(newValue.utf8) }
    }

    public init(text: String, encoding: SourceEncoding) {
        self.init(validUTF8: Array(text.utf8), encoding: encoding)
    }

    /// `utf8` must be well-formed UTF-8.
    init(validUTF8 utf8: [UInt8], encoding: SourceEncoding) {
        self.utf8 = utf8
        self.encoding = encoding
    }
}

/// Turns the bytes of a file into text, detecting the encoding.
///
/// - UTF-8 (a byte-order mark is dropped) and UTF-16 with a byte-order mark.
/// - TIS-620 / Windows-874, detected when the bytes are not UTF-8 but every
///   high byte is defined there and the result is well-formed Thai. Bytes
///   0x81–0x9A that Windows-874 leaves undefined are the glyph variants of
///   Thai Windows fonts (`mappings/legacy-glyph-bytes.tsv`); they decode to
///   their Private Use code points, which the stage ReplacePrivateUseGlyphs
///   then repairs and records.
/// - Anything else, empty input (or only a byte-order mark) and input with NUL bytes are refused with an
///   ``InputError`` that names the byte offset and line.
///
/// ```swift
/// let decoded = try InputDecoder.decode(Array("ภาษาไทย".utf8))
/// decoded.encoding   // .utf8
/// ```
///
/// Complexity: O(n) in the number of bytes.
public enum InputDecoder {
    /// Legacy glyph-variant byte → Private Use code point.
    static let glyphBytes: [UInt8: Unicode.Scalar] = MappingTable.required { () throws(MappingTable.Failure) in
        var map: [UInt8: Unicode.Scalar] = [:]
        for (line, fields) in try MappingTable.numberedRows(of: "legacy-glyph-bytes.tsv") {
            guard fields.count >= 2, let byte = UInt8(fields[0], radix: 16) else {
                throw .malformed(file: "legacy-glyph-bytes.tsv", line: line, reason: "expected BYTE<TAB>CODEPOINT")
            }
            map[byte] = try MappingTable.scalar(fields[1], file: "legacy-glyph-bytes.tsv", line: line)
        }
        return map
    }

    /// At most this share of Thai characters may be misplaced for bytes to count as legacy Thai.
    static let legacyViolationLimit = 0.05

    public static func decode(_ bytes: [UInt8]) throws(InputError) -> DecodedText {
        guard !bytes.isEmpty else { throw .empty }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            throw .unsupportedEncoding("UTF-32")
        }
        if bytes == [0xFF, 0xFE] || bytes == [0xFE, 0xFF] || bytes == [0xEF, 0xBB, 0xBF] { throw .onlyByteOrderMark }
        if bytes.starts(with: [0xFF, 0xFE]) { return try decodeUTF16(bytes, bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decodeUTF16(bytes, bigEndian: true) }
        if let nul = bytes.firstIndex(ofByte: 0, from: 0) {
            throw .nulByte(offset: nul, line: lineNumber(in: bytes, at: nul))
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        // Nearly all input is UTF-8: one validating pass, and the bytes are the text as they are.
        let body = hasBOM ? Array(bytes[3...]) : bytes
        guard let invalid = UTF8Validation.firstInvalidOffset(body) else {
            return DecodedText(validUTF8: body, encoding: hasBOM ? .utf8WithBOM : .utf8)
        }
        if !hasBOM, let legacy = decodeLegacyThai(body) { return legacy }
        let offset = invalid + (hasBOM ? 3 : 0)
        throw .undecodable(offset: offset, line: lineNumber(in: bytes, at: offset), byte: bytes[offset])
    }

    /// 1-based line of byte `offset`.
    static func lineNumber(in bytes: [UInt8], at offset: Int) -> Int {
        1 + bytes[..<offset].count(where: { $0 == 0x0A })
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(InputError) -> DecodedText {
        guard bytes.count % 2 == 0 else { throw .invalidUTF16(offset: bytes.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            let (hi, lo) = bigEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
            units.append(UInt16(hi) << 8 | UInt16(lo))
            i += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitOffset = 0
        var line = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw .nulByte(offset: 2 + unitOffset * 2, line: line) }
                if scalar == "\n" { line += 1 }
                scalars.append(scalar)
                unitOffset += scalar.utf16.count
            case .emptyInput:
                break loop
            case .error:
                throw .invalidUTF16(offset: 2 + unitOffset * 2)
            }
        }
        return DecodedText(text: String(scalars), encoding: bigEndian ? .utf16BE : .utf16LE)
    }

    /// Decodes bytes as TIS-620 / Windows-874 if they look like Thai in it.
    static func decodeLegacyThai(_ bytes: [UInt8]) -> DecodedText? {
        guard let (scalars, usesWindowsBytes) = legacyThaiScalars(bytes) else { return nil }
        // Judge glyph variants as the marks they stand for.
        let counts = ThaiOrthography.violations(in: scalars.lazy.map { ReplacePrivateUseGlyphs.table[$0] ?? $0 })
        guard counts.consonants > 0,
              Double(counts.violations) <= legacyViolationLimit * Double(counts.thai)
        else { return nil }
        return DecodedText(text: String(scalars), encoding: usesWindowsBytes ? .windows874 : .tis620)
    }

    /// `bytes` read as Windows-874 (a superset of TIS-620), glyph-variant bytes as their Private
    /// Use code points, and whether a byte outside TIS-620 was used; nil if a byte is defined in
    /// neither. No judgement of whether the result reads as Thai.
    static func legacyThaiScalars(_ bytes: [UInt8]) -> (String.UnicodeScalarView, usesWindowsBytes: Bool)? {
        var usesWindowsBytes = false
        for byte in bytes where byte >= 0x80 {
            switch byte {
            case 0xA0...0xDA, 0xDF...0xFB: continue
            case 0x80, 0x85, 0x91...0x97: usesWindowsBytes = true
            default:
                guard glyphBytes[byte] != nil else { return nil }
                usesWindowsBytes = true
            }
        }
        guard let decoded = try? ICUConverter.decode(bytes, charset: "windows-874") else { return nil }
        var scalars = String.UnicodeScalarView()
        for scalar in decoded.unicodeScalars {
            // ICU passes the bytes Windows-874 leaves undefined through as C1 controls.
            if scalar.value >= 0x80, scalar.value <= 0x9F, let glyph = glyphBytes[UInt8(scalar.value)] {
                scalars.append(glyph)
            } else {
                scalars.append(scalar)
            }
        }
        return (scalars, usesWindowsBytes)
    }
}
