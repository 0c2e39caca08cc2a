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
        let (status, units, errorOffset) = ICUBridge.decode(bytes, charset: charset)
        try check(status, charset: charset, errorOffset: errorOffset)
        return String(decoding: units, as: UTF16.self)
    }

    /// Encodes `text` in `charset`, stopping at the first character it cannot represent.
    ///
    /// Complexity: O(n).
    public static func encode(_ text: String, charset: String) throws(Failure) -> [UInt8] {
        let units = Array(text.utf16)
        if units.isEmpty { return [] }
        let (status, bytes, errorOffset) = ICUBridge.encode(units, charset: charset)
        try check(status, charset: charset, errorOffset: errorOffset)
        return bytes
    }

    /// The version of the linked ICU library, e.g. "72.1".
    public static var version: String { ICUBridge.version }

    private static func check(_ status: Int32, charset: String, errorOffset: Int32) throws(Failure) {
        switch status {
        case Int32(CICU_OK): return
        case Int32(CICU_UNKNOWN_CHARSET): throw .unknownCharset(charset)
        case Int32(CICU_INVALID_INPUT): throw .invalidInput(offset: Int(errorOffset))
        default: throw .failure
        }
    }
}
