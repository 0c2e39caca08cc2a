import Foundation
import Testing
@testable import ThaiNorm

@Suite("Large inputs: streaming decoding and windows")
struct NormalizationWindowsTests {
    /// `bytes` fed to a ``StreamingDecoder`` in pieces of the given sizes (cycled), and what it gives.
    func streamed(_ bytes: [UInt8], pieces: [Int]) throws -> (text: [UInt8], encoding: SourceEncoding?) {
        var decoder = StreamingDecoder()
        var text: [UInt8] = []
        var start = 0, k = 0
        while start < bytes.count {
            let end = min(bytes.count, start + pieces[k % pieces.count])
            text += try decoder.decode(bytes[start..<end])
            start = end
            k += 1
        }
        text += try decoder.finish()
        return (text, decoder.encoding)
    }

    /// The seeds, long enough that the encoding is found before the end, in each encoding.
    func inputs() throws -> [[UInt8]] {
        let seeds = try Repository.corpusFiles().map { try Repository.text($0) }
        let long = seeds.joined(separator: "\n")
        let thai = String(long.unicodeScalars.filter { $0.value < 0x80 || (0x0E01...0x0E5B).contains($0.value) })
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in thai.prefix(30_000).utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        return [Array(long.utf8), [0xEF, 0xBB, 0xBF] + Array(long.utf8),
                Array(long.replacingOccurrences(of: "\n", with: "\r\n").utf8),
                try ICUConverter.encode(thai, charset: "windows-874"), utf16,
                // ASCII past the detection window, then Thai in TIS-620.
                Array(String(repeating: "Section 1.2 (a)\n", count: 6_000).utf8) + (try ICUConverter.encode(thai, charset: "windows-874"))]
    }

    @Test("decoding in pieces gives what decoding the whole gives, in every encoding and piece size")
    func decoderMatchesWholeDecoding() throws {
        for bytes in try inputs() {
            let whole = try InputDecoder.decode(bytes)
            for pieces in [[1 << 20], [4_096], [1, 7, 4_093, 65_536, 3]] {
                let (text, encoding) = try streamed(bytes, pieces: pieces)
                #expect(text == whole.utf8, "pieces \(pieces), \(whole.encoding)")
                #expect(encoding == whole.encoding, "pieces \(pieces)")
            }
        }
    }

    @Test("an error past the first piece names its offset and line in the whole input")
    func decoderErrorsAreWhereTheyAre() throws {
        let line = Array("คำสั่ง ที่ ๑/๒๕๖๖ เรื่อง แต่งตั้งคณะกรรมการ\n".utf8)
        var bytes = Array([[UInt8]](repeating: line, count: 3_000).joined())
        let bad = bytes.count - 5 * line.count + 9
        bytes[bad] = 0xFF
        #expect(throws: InputError.undecodable(offset: bad, line: 3_000 - 5 + 1, byte: 0xFF)) { try InputDecoder.decode(bytes) }
        #expect(throws: InputError.undecodable(offset: bad, line: 3_000 - 5 + 1, byte: 0xFF)) {
            _ = try streamed(bytes, pieces: [10_000])
        }
        bytes[bad] = 0
        #expect(throws: InputError.nulByte(offset: bad, line: 3_000 - 5 + 1)) { _ = try streamed(bytes, pieces: [10_000]) }
        #expect(throws: InputError.empty) { _ = try streamed([], pieces: [1]) }
    }

    /// A configuration whose windows hold `bytes`.
    func normalizer(windowBytes: Int) -> Normalizer {
        var configuration = NormalizerConfiguration()
        configuration.parameters.pipeline.windowBytes = windowBytes
        return Normalizer(configuration: configuration)
    }

    func windows(of bytes: [UInt8], _ normalizer: Normalizer, pieces: Int = 10_000) throws -> [NormalizationWindows.Window] {
        var windows = NormalizationWindows(normalizer: normalizer)
        var done: [NormalizationWindows.Window] = []
        var start = 0
        while start < bytes.count {
            done += try windows.append(bytes[start..<min(bytes.count, start + pieces)])
            start += pieces
        }
        return done + (try windows.finish())
    }

    @Test("an input no longer than a window is normalized whole")
    func smallInputIsOneDocument() throws {
        let bytes = try Array(Data(contentsOf: Repository.corpusFiles().first { $0.lastPathComponent.hasPrefix("004") }!))
        let whole = Normalizer().normalize(try InputDecoder.decode(bytes))
        let done = try windows(of: bytes, Normalizer())
        #expect(done.count == 1)
        #expect(done.first?.result.utf8 == whole.utf8)
        #expect(done.first?.result.edits == whole.edits)
        #expect(done.first?.result.findings == whole.findings)
    }

    @Test("documents a page break apart are each normalized as their own, with their lines numbered in the whole")
    func windowsEndAtPageBreaks() throws {
        let seed = try Repository.text(Repository.corpusFiles().first { $0.lastPathComponent.hasPrefix("004") }!)
        // Four documents of about a quarter of the noisy seed each, the later ones starting a page.
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false)
        let quarter = lines.count / 4
        let documents = (0..<4).map { k in
            (k > 0 ? "\u{0C}" : "") + lines[(k * quarter)..<(k == 3 ? lines.count : (k + 1) * quarter)].joined(separator: "\n") + "\n"
        }
        let longest = documents.map(\.utf8.count).max()!
        let done = try windows(of: Array(documents.joined().utf8), normalizer(windowBytes: longest * 6 / 5))
        #expect(done.map { String(decoding: $0.input, as: UTF8.self) } == documents)
        var firstLine = 1
        for (window, document) in zip(done, documents) {
            let alone = normalizer(windowBytes: longest * 6 / 5).normalize(document)
            #expect(window.firstLine == firstLine)
            #expect(window.result.text == alone.text)
            #expect(window.result.edits.map(\.line) == alone.edits.map { $0.line + firstLine - 1 })
            #expect(window.result.findings.map(\.line) == alone.findings.map { $0.line + firstLine - 1 })
            firstLine += document.utf8.count(where: { $0 == 0x0A })
        }
    }

    @Test("lines stay 1:1 through windows, and normalizing again in windows changes nothing")
    func windowsKeepLinesAndIdempotence() throws {
        let seeds = try Repository.corpusFiles().map { try Repository.text($0) }.joined(separator: "\n")
        let small = normalizer(windowBytes: 20_000)
        let once = try windows(of: Array(seeds.utf8), small, pieces: 7_777)
        #expect(once.count > 10)
        let output = once.flatMap(\.result.utf8)
        #expect(output.count(where: { $0 == 0x0A }) == seeds.utf8.count(where: { $0 == 0x0A }))
        #expect(once.allSatisfy { $0.result.utf8.count(where: { $0 == 0x0A }) == $0.input.count(where: { $0 == 0x0A }) })
        let twice = try windows(of: output, small, pieces: 7_777)
        #expect(twice.flatMap(\.result.utf8) == output)
    }

    @Test("a window ends at a page's start, else after a blank line, else before a line that is not the rest of the one above")
    func cutRanks() {
        func cut(_ text: String, _ target: Int) -> String? {
            WindowCut.boundary(in: Array(text.utf8), target: target).map { String(decoding: Array(text.utf8)[$0...], as: UTF8.self) }
        }
        #expect(cut("aaaa\nbb\n\u{0C}cc\ndd\nee\n", 16) == "\u{0C}cc\ndd\nee\n")
        #expect(cut("aaaa\nbb\n\ncc\ndd\nee\n", 16) == "cc\ndd\nee\n")
        // A line starting with a mark (ี U+0E35) or a space continues the line above.
        #expect(cut("aaaa\nbbbb\ncc\n\u{0E35}d\n ee\n", 18) == "cc\n\u{0E35}d\n ee\n")
        // No line feed in the second half: the first one after it.
        #expect(cut("a\n" + String(repeating: "x", count: 30) + "\nyy\n", 16) == "yy\n")
        #expect(cut(String(repeating: "x", count: 30), 16) == nil)
    }
}
