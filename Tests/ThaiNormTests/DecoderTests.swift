import Foundation
import Testing
@testable import ThaiNorm

@Suite("Input decoding")
struct DecoderTests {
    let thai = "คำสั่ง ที่ ๑/๒๕๖๖\nภาษาไทย"

    @Test func utf8() throws {
        let decoded = try InputDecoder.decode(Array(thai.utf8))
        #expect(decoded == DecodedText(text: thai, encoding: .utf8))
    }

    @Test("a UTF-8 byte-order mark is dropped")
    func utf8BOM() throws {
        let decoded = try InputDecoder.decode([0xEF, 0xBB, 0xBF] + Array(thai.utf8))
        #expect(decoded == DecodedText(text: thai, encoding: .utf8WithBOM))
    }

    @Test(arguments: [false, true])
    func utf16(bigEndian: Bool) throws {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in thai.utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            bytes += bigEndian ? pair : pair.reversed()
        }
        let decoded = try InputDecoder.decode(bytes)
        #expect(decoded == DecodedText(text: thai, encoding: bigEndian ? .utf16BE : .utf16LE))
    }

    @Test("TIS-620 is detected and decoded")
    func tis620() throws {
        let bytes = try ICUConverter.encode(thai, charset: "windows-874")
        #expect(bytes.count == thai.unicodeScalars.count)
        #expect(try InputDecoder.decode(bytes) == DecodedText(text: thai, encoding: .tis620))
    }

    @Test("Windows-874 punctuation and glyph-variant bytes; the variant becomes a standard mark")
    func windows874() throws {
        // "ป" 0x8B (MAI THO glyph variant) "าย" 0x85 (ellipsis)
        let bytes: [UInt8] = [0xBB, 0x8B, 0xD2, 0xC2, 0x85]
        let decoded = try InputDecoder.decode(bytes)
        #expect(decoded.encoding == .windows874)
        #expect(decoded.text == "ป\u{F70B}าย…")
        #expect(sameScalars(Normalizer().normalize(decoded.text).text, "ป้าย…"))
    }

    @Test func empty() {
        #expect(throws: InputError.empty) { try InputDecoder.decode([]) }
    }

    @Test("NUL bytes are refused with their offset and line")
    func nul() {
        #expect(throws: InputError.nulByte(offset: 6, line: 2)) {
            try InputDecoder.decode(Array("ab\ncde".utf8) + [0] + Array("f".utf8))
        }
        // UTF-16 without a byte-order mark is full of NULs.
        #expect(throws: InputError.nulByte(offset: 1, line: 1)) { try InputDecoder.decode([0x41, 0x00, 0x42, 0x00]) }
    }

    @Test("Latin-1 that is not Thai is refused, naming the first bad byte")
    func undecodable() {
        let bytes = Array("line one\ncaf".utf8) + [0xE9] + Array(" au lait".utf8)
        #expect(throws: InputError.undecodable(offset: 12, line: 2, byte: 0xE9)) { try InputDecoder.decode(bytes) }
    }

    @Test("truncated, overlong and surrogate UTF-8 are not UTF-8")
    func malformedUTF8() {
        for bad: [UInt8] in [[0xE0, 0xB8], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
            let offset = bad.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
            #expect(offset == 0, "\(bad)")
        }
        let good = Array("กa€😀".utf8)
        #expect(good.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) } == nil)
    }

    @Test func utf32Refused() {
        #expect(throws: InputError.unsupportedEncoding("UTF-32")) {
            try InputDecoder.decode([0xFF, 0xFE, 0x00, 0x00, 0x41, 0, 0, 0])
        }
    }

    @Test("errors say where and what")
    func messages() {
        #expect(InputError.undecodable(offset: 12, line: 2, byte: 0xE9).description.contains("byte offset 12, line 2"))
        #expect(InputError.nulByte(offset: 3, line: 1).description.contains("NUL byte at byte offset 3"))
        #expect(InputError.empty.description.contains("empty"))
    }
}
