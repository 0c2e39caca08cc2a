import Foundation
import Testing
@testable import ThaiNorm

@Suite("the language model")
struct LanguageModelTests {
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// A packed model of order 2 over symbols 1, 2, 3: unigrams log10 −0.3, −0.6, −0.9 with
    /// backoff weights 0, −0.3, +0.3; bigrams 1 2 (−0.15) and 2 3 (−0.21).
    static func tinyModel(magic: String = "TNLM2", bigramKeys: [UInt32] = [2, 1 << 7 | 3], trailing: [UInt8] = []) -> [UInt8] {
        func u32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        var bytes = Array(magic.utf8) + [2, 96]
        bytes += u32(3) + u32(1) + u32(2) + u32(3) + [10, 20, 30] + [224, 214, 234]
        bytes += u32(2) + bigramKeys.flatMap(u32) + [5, 7]
        return bytes + trailing
    }

    @Test("a symbol's probability: the longest kept n-gram, after the backoff weights of the contexts not kept")
    func backoff() throws {
        let model = LanguageModel(grams: try PackedNGrams(bytes: Self.tinyModel()))
        func p(_ symbols: [UInt8]) -> Double { model.log10Probability(at: symbols.count - 1, in: symbols) }
        #expect(abs(p([1, 2]) - -0.15) < 1e-9)             // bigram kept
        #expect(abs(p([2, 3]) - -0.21) < 1e-9)
        #expect(abs(p([1, 3]) - -0.9) < 1e-9)              // backoff weight of 1 is 0
        #expect(abs(p([2, 1]) - (-0.3 + -0.3)) < 1e-9)     // backoff of 2, then unigram 1
        #expect(abs(p([3, 5]) - (0.3 + -7.65)) < 1e-9)     // a symbol never seen
        #expect(abs(p([4]) - -7.65) < 1e-9)
    }

    @Test("an n-gram is found among its prefix's extensions as in its order's whole table")
    func extensionsIndex() {
        let grams = LanguageModel.shared.grams
        // Every n-gram of a line of Thai, and of its symbols shuffled (mostly not kept).
        let line = LanguageModel.symbols(of: Array("ให้ไว้ ณ วันที่ ๑ ธันวาคม พ.ศ. ๒๕๓๐ เป็นปีที่ ๔๒ ในรัชกาลปัจจุบัน".unicodeScalars))
        var generator = SystemRandomNumberGenerator()
        var found = 0
        for symbols in [line, line.shuffled(using: &generator)] {
            for start in symbols.indices {
                for n in 1...min(grams.order, symbols.count - start) {
                    let gram = symbols[start..<(start + n)]
                    // The whole table of each order, searched for each prefix in turn.
                    var index: Int? = -1
                    for (k, symbol) in gram.enumerated() {
                        guard let previous = index else { break }
                        let key = k == 0 ? UInt32(symbol) : UInt32(previous) << PackedNGrams.symbolBits | UInt32(symbol)
                        let keys = grams.tables[k].keys
                        var low = 0, high = keys.count
                        while low < high { let middle = (low + high) / 2; if keys[middle] < key { low = middle + 1 } else { high = middle } }
                        index = low < keys.count && keys[low] == key ? low : nil
                    }
                    #expect(grams.index(of: gram) == index, "\(Array(gram))")
                    if index != nil { found += 1 }
                }
            }
        }
        #expect(found > 100, "the line's n-grams are mostly kept: \(found)")
    }

    @Test("a damaged model is refused with what is wrong")
    func malformed() {
        #expect(throws: PackedNGrams.Malformed.self) { try PackedNGrams(bytes: Self.tinyModel(magic: "TNLM1")) }
        #expect(throws: PackedNGrams.Malformed.self) { try PackedNGrams(bytes: Array(Self.tinyModel().dropLast())) }
        #expect(throws: PackedNGrams.Malformed.self) { try PackedNGrams(bytes: Self.tinyModel(bigramKeys: [131, 2])) }
        #expect(throws: PackedNGrams.Malformed.self) { try PackedNGrams(bytes: Self.tinyModel(trailing: [0])) }
        #expect(throws: PackedNGrams.Malformed.self) { try PackedNGrams(bytes: []) }
        #expect((try? PackedNGrams(bytes: Self.tinyModel()))?.order == 2)
    }

    @Test("symbols: each Thai code point its own, whitespace, Latin letters and ASCII digits as classes")
    func symbols() {
        #expect(LanguageModel.symbol(of: "ก") == 1)
        #expect(LanguageModel.symbol(of: "\u{0E5B}") == 0x5B)
        #expect(LanguageModel.symbol(of: " ") == LanguageModel.symbol(of: "\t"))
        #expect(LanguageModel.symbol(of: "a") == LanguageModel.symbol(of: "Z"))
        #expect(LanguageModel.symbol(of: "0") == LanguageModel.symbol(of: "9"))
        #expect(LanguageModel.symbol(of: "๙") != LanguageModel.symbol(of: "9"))
        #expect(LanguageModel.symbol(of: "(") == LanguageModel.symbol(of: "€"))
        #expect(Set([LanguageModel.symbol(of: " "), LanguageModel.symbol(of: "a"), LanguageModel.symbol(of: "0"),
                     LanguageModel.symbol(of: "(")]).count == 4)
    }

    @Test("the embedded model: Thai reads far likelier than OCR debris, and a word with its marks than without")
    func embedded() {
        let model = LanguageModel.shared
        #expect(model.order == 6)
        func perplexity(_ text: String) -> Double {
            let (total, symbols) = model.log10Probability(ofLine: scalars(text))
            return exp(-total / Double(symbols) * log(10.0))
        }
        let thai = perplexity("คณะรัฐมนตรีมีมติเห็นชอบให้กระทรวงการคลังดำเนินการตามที่เสนอ")
        #expect(thai < 4)
        #expect(perplexity("aA a 6” . ๕6 4« ๑7 ะ, ' =") > 10 * thai)
        // A dropped tone mark or vowel put back reads better in its sentence; taken out, worse.
        for (damaged, at, mended) in [("เพื่อให้ประชาชนได้รับประโยชน์สูงสุดตามทีกำหนด", 40, "เพื่อให้ประชาชนได้รับประโยชน์สูงสุดตามที่กำหนด"),
                                      ("การประชุมครั้งนี้จะจัดขึ้นทีทำเนียบรัฐบาล", 28, "การประชุมครั้งนี้จะจัดขึ้นที่ทำเนียบรัฐบาล"),
                                      ("โดยมีวัตถุประสงค์เพื่อสงเสริมการท่องเที่ยว", 23, "โดยมีวัตถุประสงค์เพื่อส่งเสริมการท่องเที่ยว")] {
            var line = scalars(damaged)
            let gain = model.gain(in: line, replacing: at..<at, with: ["\u{0E48}"])
            #expect(gain > 1, "\(damaged): \(gain)")
            line.insert("\u{0E48}", at: at)
            #expect(String(String.UnicodeScalarView(line)) == mended)
            #expect(abs(model.gain(in: line, replacing: at..<(at + 1), with: []) + gain) < 1e-9)
        }
        // The gain is the whole line's difference, read from a window: on random edits of
        // random lines, at the line's start, middle and end.
        var generator = SystemRandomNumberGenerator()
        let alphabet = scalars("กขคงจนมยรลวสหอาิีึืุู่้็ัเแโไะำ ") + ["a", "5", "."]
        for _ in 0..<300 {
            let line = (0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let lower = Int.random(in: 0...line.count, using: &generator)
            let upper = Int.random(in: lower...min(line.count, lower + 3), using: &generator)
            let replacement = (0..<Int.random(in: 0...3, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            var edited = line
            edited.replaceSubrange(lower..<upper, with: replacement)
            let whole = model.log10Probability(ofLine: edited).total - model.log10Probability(ofLine: line).total
            let gain = model.gain(in: line, replacing: lower..<upper, with: replacement)
            #expect(abs(gain - whole) < 1e-6, "\(String(String.UnicodeScalarView(line))) \(lower)..<\(upper): \(gain) against \(whole)")
            // Several replacements of equal length at once: each the same gain, or none when the
            // text as it is bounds them all below the minimum asked.
            let sameLength = (0..<3).map { _ in (lower..<upper).map { _ in alphabet.randomElement(using: &generator)! } }
            let each = sameLength.map { model.gain(in: line, replacing: lower..<upper, with: $0) }
            if let gains = model.gains(in: line, replacing: lower..<upper, with: sameLength, reaching: 2) {
                #expect(zip(gains, each).allSatisfy { abs($0 - $1) < 1e-9 })
            } else {
                #expect(each.allSatisfy { $0 < 2 })
            }
        }
        // Changing nothing gains nothing.
        let line = scalars("กระทรวงมหาดไทย")
        #expect(model.gain(in: line, replacing: 3..<5, with: line[3..<5]) == 0)
    }

    @Test("the lexical stage keeps a correction the context does not read better, and reports it")
    func contextFloor() {
        let text = "ประซาซนทั่วไปได้รับประโยชน์"
        #expect(Normalizer.only(CorrectLexicalErrors()).normalize(text).text == "ประชาชนทั่วไปได้รับประโยชน์")
        var parameters = CorrectLexicalErrors.Parameters()
        parameters.minimumContextGain = 1_000
        let result = Normalizer.only(CorrectLexicalErrors(parameters: parameters)).normalize(text)
        #expect(result.text == text)
        #expect(result.findings.contains { $0.message.contains("not clear from the context") })
    }
}
