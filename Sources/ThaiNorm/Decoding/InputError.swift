/// Why an input cannot be read as text. Every case says where.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input has no bytes.
    case empty
    /// Nothing but a byte-order mark: no text, as an empty file.
    case onlyByteOrderMark
    /// A NUL byte: binary data, or UTF-16/32 without a byte-order mark.
    case nulByte(offset: Int, line: Int)
    /// Not well-formed UTF-8, and not recognisable as a legacy Thai encoding either.
    case undecodable(offset: Int, line: Int, byte: UInt8)
    /// A UTF-16 file (it had a byte-order mark) with an unpaired surrogate or an odd length.
    case invalidUTF16(offset: Int)
    /// An encoding that is recognised but not supported.
    case unsupportedEncoding(String)

    public var description: String {
        switch self {
        case .empty:
            return "input is empty (0 bytes)"
        case .onlyByteOrderMark:
            return "input is empty (nothing but a byte-order mark)"
        case .nulByte(let offset, let line):
            return "NUL byte at byte offset \(offset) (line \(line)): not a text file (or UTF-16/UTF-32 without a byte-order mark)"
        case .undecodable(let offset, let line, let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return "not valid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte offset \(offset), line \(line)) and not recognisable as Thai in TIS-620/Windows-874"
        case .invalidUTF16(let offset):
            return "invalid UTF-16 at byte offset \(offset) (unpaired surrogate or odd length)"
        case .unsupportedEncoding(let name):
            return "\(name) input is not supported; convert it to UTF-8"
        }
    }
}
