import CICU

/// The calls into system ICU (the `CICU` shim), which take and fill C buffers: arrays in,
/// arrays out, for ``ICUConverter``.
///
/// ```swift
/// let (status, units, _) = ICUBridge.decode([0xA1, 0xD2], charset: "windows-874")
/// // status == CICU_OK, units == Array("กา".utf16)
/// ```
///
/// Complexity: O(n) a conversion.
enum ICUBridge {
    /// `bytes` decoded from `charset` into UTF-16 units (as many as were written), with the
    /// shim's status and the offset of the first byte it could not decode (-1 if none).
    static func decode(_ bytes: [UInt8], charset: String) -> (status: Int32, units: [UInt16], errorOffset: Int32) {
        var units = [UInt16](repeating: 0, count: bytes.count * 2 + 4)
        var length: Int32 = 0
        var errorOffset: Int32 = -1
        let status = bytes.withUnsafeBufferPointer { source in
            units.withUnsafeMutableBufferPointer { target in
                cicu_decode(charset, source.baseAddress, Int32(source.count),
                            target.baseAddress, Int32(target.count), &length, &errorOffset)
            }
        }
        return (status, Array(units[0..<min(max(Int(length), 0), units.count)]), errorOffset)
    }

    /// UTF-16 `units` encoded in `charset` (as many bytes as were written), with the shim's status
    /// and the offset of the first unit it could not encode (-1 if none).
    static func encode(_ units: [UInt16], charset: String) -> (status: Int32, bytes: [UInt8], errorOffset: Int32) {
        var bytes = [UInt8](repeating: 0, count: units.count * 4 + 4)
        var length: Int32 = 0
        var errorOffset: Int32 = -1
        let status = units.withUnsafeBufferPointer { source in
            bytes.withUnsafeMutableBufferPointer { target in
                cicu_encode(charset, source.baseAddress, Int32(source.count),
                            target.baseAddress, Int32(target.count), &length, &errorOffset)
            }
        }
        return (status, Array(bytes[0..<min(max(Int(length), 0), bytes.count)]), errorOffset)
    }

    /// The version of the linked ICU library, e.g. "72.1".
    static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        cicu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
