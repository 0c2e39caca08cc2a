/// Decodes an input that arrives in pieces (a file read a block at a time) as ``InputDecoder``
/// decodes a whole one, holding no more of it than a piece and a line.
///
/// The encoding is found as ``InputDecoder`` finds it, in the first ``detectionBytes`` of the
/// input (or all of it, if shorter); later pieces are decoded in that encoding. Text comes out in
/// whole lines (the bytes after the last line feed wait for the next piece) as well-formed UTF-8,
/// and an error names its byte offset and line in the whole input.
///
/// - An input that is ASCII so far and goes on in TIS-620/Windows-874 is decoded in it from then
///   on (the ASCII already given is the same text in either).
/// - UTF-16 is decoded whole, when the input ends: its line feeds are not single bytes.
///
/// ```swift
/// var decoder = StreamingDecoder()
/// var text = try decoder.decode(Array("ภาษา\nไท".utf8))   // the UTF-8 of "ภาษา\n" (once the encoding is known)
/// text += try decoder.finish()                             // … and of "ไท"
/// ```
///
/// Complexity: O(n) in the bytes given.
public struct StreamingDecoder: Sendable {
    /// How many bytes the encoding is found from (fewer, if the input is shorter).
    public static let detectionBytes = 1 << 16

    /// The encoding found, once it is (after the first line past ``detectionBytes``, or at the end).
    public private(set) var encoding: SourceEncoding?
    /// Bytes given and not yet decoded: the start of a line, or the input before its encoding is found.
    private var pending: [UInt8] = []
    /// The byte offset and line of `pending`'s first byte in the whole input.
    private var offset = 0, line = 1
    /// Whether every byte decoded so far was ASCII (so the encoding can still turn out legacy Thai).
    private var asciiSoFar = true

    public init() {}

    /// The UTF-8 of the whole lines `bytes` completes.
    public mutating func decode(_ bytes: some Sequence<UInt8>) throws(InputError) -> [UInt8] {
        pending.append(contentsOf: bytes)
        if encoding == nil, pending.count < Self.detectionBytes || Self.isUTF16(pending) { return [] }
        guard let lastFeed = pending.lastIndex(of: 0x0A) else { return [] }
        return try take(lastFeed + 1)
    }

    /// The UTF-8 of what is left, once the input has ended (an empty input is an error).
    public mutating func finish() throws(InputError) -> [UInt8] {
        if encoding == nil, pending.isEmpty { throw .empty }
        return try take(pending.count)
    }

    private static func isUTF16(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// Decodes the first `count` pending bytes.
    private mutating func take(_ count: Int) throws(InputError) -> [UInt8] {
        let piece = Array(pending[..<count])
        let text: [UInt8]
        if let encoding {
            text = try decode(piece, in: encoding)
        } else {
            // The first piece: found as a whole input is (its errors are at their own offsets).
            let decoded = try InputDecoder.decode(piece)
            encoding = decoded.encoding
            text = decoded.utf8
        }
        asciiSoFar = asciiSoFar && !piece.contains(where: { $0 >= 0x80 })
        offset += count
        line += piece.count(where: { $0 == 0x0A })
        pending.removeFirst(count)
        return text
    }

    /// A later piece, in the encoding the first one showed.
    private mutating func decode(_ piece: [UInt8], in encoding: SourceEncoding) throws(InputError) -> [UInt8] {
        if let nul = piece.firstIndex(ofByte: 0, from: 0) { throw .nulByte(offset: offset + nul, line: lineOf(piece, nul)) }
        guard piece.contains(where: { $0 >= 0x80 }) else { return piece }
        switch encoding {
        case .utf8, .utf8WithBOM:
            guard let invalid = UTF8Validation.firstInvalidOffset(piece) else { return piece }
            if asciiSoFar, encoding == .utf8, let legacy = InputDecoder.decodeLegacyThai(piece) {
                self.encoding = legacy.encoding
                return legacy.utf8
            }
            throw .undecodable(offset: offset + invalid, line: lineOf(piece, invalid), byte: piece[invalid])
        case .tis620, .windows874:
            guard let (scalars, usesWindowsBytes) = InputDecoder.legacyThaiScalars(piece) else {
                let bad = piece.firstIndex(where: { $0 >= 0x80 && InputDecoder.legacyThaiScalars([$0]) == nil }) ?? 0
                throw .undecodable(offset: offset + bad, line: lineOf(piece, bad), byte: piece[bad])
            }
            if usesWindowsBytes { self.encoding = .windows874 }
            return Array(String(scalars).utf8)
        case .utf16LE, .utf16BE:
            // Never reached: UTF-16 is held until the end and decoded as the first piece.
            return Array(try InputDecoder.decode(piece).utf8)
        }
    }

    /// The line, in the whole input, of byte `index` of `piece`.
    private func lineOf(_ piece: [UInt8], _ index: Int) -> Int {
        line + piece[..<index].count(where: { $0 == 0x0A })
    }
}
