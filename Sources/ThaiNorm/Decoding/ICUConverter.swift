import CICU

/// Charset conversion through system ICU (the `CICU` shim).
///
/// ```swift
/// let text = try ICUConverter.decode([0xA1, 0xD2], charset: "windows-874")   // "กา"
/// ```
public enum ICUConverter {
    public enum Failure: Error, Equatable {
        case unknownCharset(String)
        /// The byte (decode) or UTF-16 unit (encode) offset of the first unconvertible input.
        case invalidInput(offset: Int)
        case failure
    }

    /// Decodes `bytes` in `charset`, stopping at the first byte it does not define.
    ///
    /// Complexity: O(n).
    public static func decode(_ bytes: [UInt8], charset: String) throws(Failure) -> String {
        if bytes.isEmpty { return "" }
        var units = [UInt16](repeating: 0, count: bytes.count * 2 + 4)
        var length: Int32 = 0
        var errorOffset: Int32 = -1
        let status = bytes.withUnsafeBufferPointer { source in
            units.withUnsafeMutableBufferPointer { target in
                cicu_decode(charset, source.baseAddress, Int32(source.count),
                            target.baseAddress, Int32(target.count), &length, &errorOffset)
            }
        }
        try check(status, charset: charset, errorOffset: errorOffset)
        return String(decoding: units[0..<Int(length)], as: UTF16.self)
    }

    /// Encodes `text` in `charset`, stopping at the first character it cannot represent.
    ///
    /// Complexity: O(n).
    public static func encode(_ text: String, charset: String) throws(Failure) -> [UInt8] {
        let units = Array(text.utf16)
        if units.isEmpty { return [] }
        var bytes = [UInt8](repeating: 0, count: units.count * 4 + 4)
        var length: Int32 = 0
        var errorOffset: Int32 = -1
        let status = units.withUnsafeBufferPointer { source in
            bytes.withUnsafeMutableBufferPointer { target in
                cicu_encode(charset, source.baseAddress, Int32(source.count),
                            target.baseAddress, Int32(target.count), &length, &errorOffset)
            }
        }
        try check(status, charset: charset, errorOffset: errorOffset)
        return Array(bytes[0..<Int(length)])
    }

    /// The version of the linked ICU library, e.g. "72.1".
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        cicu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func check(_ status: Int32, charset: String, errorOffset: Int32) throws(Failure) {
        switch status {
        case Int32(CICU_OK): return
        case Int32(CICU_UNKNOWN_CHARSET): throw .unknownCharset(charset)
        case Int32(CICU_INVALID_INPUT): throw .invalidInput(offset: Int(errorOffset))
        default: throw .failure
        }
    }
}
