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

    @Test("nothing but a byte-order mark is empty input", arguments: [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]] as [[UInt8]])
    func onlyByteOrderMark(_ bytes: [UInt8]) {
        #expect(throws: InputError.onlyByteOrderMark) { try InputDecoder.decode(bytes) }
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
            let offset = UTF8Validation.firstInvalidOffset(bad)
            #expect(offset == 0, "\(bad)")
        }
        let good = Array("กa€😀".utf8)
        #expect(UTF8Validation.firstInvalidOffset(good) == nil)
    }

    @Test("the validator finds the first bad byte where the standard library's decoder stops, on 20,000 random byte strings")
    func validatorAgreesWithStandardLibrary() {
        var generator = SeededGenerator(seed: 3629)
        // Pieces that exercise each path: Thai scalars (the four-byte test), ASCII runs (eight
        // bytes at a time), other scalars, and damage: lone and truncated leads, stray
        // continuation bytes, overlong and surrogate forms, a Thai lead cut off at the end.
        let pieces: [[UInt8]] = [
            Array("ก".utf8), Array("ี่".utf8), Array("๙".utf8), Array("abcdefghij".utf8), [0x20], Array("é€😀".utf8),
            [0xE0, 0xB8], [0xE0, 0xB9], [0xE0], [0xB8], [0x80], [0xE0, 0xB8, 0x41], [0xE0, 0x80, 0x80], [0xC0, 0xAF],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF],
        ]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                // Mostly well-formed pieces, so that the damage falls anywhere in a long string.
                let piece = Int.random(in: 0..<100, using: &generator) < 90
                    ? pieces[Int.random(in: 0..<6, using: &generator)] : pieces.randomElement(using: &generator)!
                bytes += piece
            }
            // The standard library's strict parser: the offset where the first error starts.
            var expected: Int? = nil
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes.makeIterator()
            var offset = 0
            loop: while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded): offset += encoded.count
                case .error: expected = offset; break loop
                case .emptyInput: break loop
                }
            }
            let found = UTF8Validation.firstInvalidOffset(bytes)
            #expect(found == expected, "\(bytes.map { String($0, radix: 16) })")
        }
    }

    @Test("normalizing the decoded bytes gives what normalizing their text gives: seeds, CRLF, a BOM, TIS-620")
    func normalizeDecoded() throws {
        var inputs = try Repository.corpusFiles().map { [UInt8](try Data(contentsOf: $0)) }
        inputs += [Array("ท่ี\r\nนํ้า\r\n".utf8), [0xEF, 0xBB, 0xBF] + Array(thai.utf8), try ICUConverter.encode(thai, charset: "windows-874")]
        for bytes in inputs {
            let decoded = try InputDecoder.decode(bytes)
            let fromBytes = Normalizer().normalize(decoded), fromText = Normalizer().normalize(decoded.text)
            #expect(fromBytes.utf8 == fromText.utf8)
            #expect(fromBytes.edits == fromText.edits)
            #expect(fromBytes.findings == fromText.findings)
        }
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
