import Foundation
import Testing
@testable import ThaiNorm

@Suite("removing lines of OCR debris")
struct RemoveOCRDebrisTests {
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
    func kind(_ token: String) -> DebrisLineShape.TokenKind {
        DebrisLineShape.kind(of: scalars(token)[...], isEnglishWord: { ["thailand", "model", "e-payment"].contains($0.lowercased()) })
    }

    @Test("a line's shape: tokens, their mean length, the longest Thai run, wide gaps")
    func shape() {
        let line = scalars("A    v   1    ๕     A  a       ww     ww")
        let shape = DebrisLineShape(line)
        #expect(shape.tokens == 8)
        #expect(shape.meanTokenLength == 10.0 / 8.0)
        #expect(shape.longestThaiRun == 0)
        #expect(shape.wideGapShare == 1.0)
        #expect(shape.implausibleTokens(in: line, isEnglishWord: { _ in false }) == 6)
        let text = scalars("   การประชุม ครั้งที่ ๑")  // leading spaces are no gap
        let textShape = DebrisLineShape(text)
        #expect(textShape.tokens == 3 && textShape.longestThaiRun == 9 && textShape.wideGapShare == 0)
        #expect(DebrisLineShape(scalars("")).tokens == 0)
    }

    @Test("tokens no text writes, and tokens text writes")
    func tokenKinds() {
        for token in ["vy", "aA", "๑7", "9๑", "|", "'=", "«", "A", "[|", "ab", "1A"] {
            #expect(kind(token) == .implausible, "\(token)")
        }
        for token in ["ก", "ที่", "พ.ศ.", "๒๕๖๖", "1,200.50", "(๑)", "๑/๒๕๖๗", "EXIM", "Thailand", "model,",
                      "e-Payment", "i.e.", "AT&T"] {
            #expect(kind(token) == .plausible, "\(token)")
        }
        for token in ["-", "(", "ๆ", "✓", "☐", "...", "“"] {
            #expect(kind(token) == .neutral, "\(token)")
        }
        #expect(kind("๑,,๒") == .implausible)   // two separators in a row
        #expect(kind("engine") == .implausible) // not in this test's vocabulary
    }

    let debris = ["A    v   1    ๕     A  a       ww     ww", "vy    1         A          A       a"]

    @Test("a document with debris lines: they are emptied, the text and the line count stay")
    func document() {
        let text = ["คำสั่งกรมการปกครอง", debris[0], "เรื่อง แต่งตั้งคณะทำงาน", debris[1], "๑๐        ๒๐        ๓๐"]
            .joined(separator: "\n")
        let result = Normalizer.only(RemoveOCRDebris()).normalize(text)
        #expect(result.text == "คำสั่งกรมการปกครอง\n\nเรื่อง แต่งตั้งคณะทำงาน\n\n๑๐        ๒๐        ๓๐")
        #expect(result.edits.count == 2)
        #expect(result.edits.allSatisfy { $0.stage == "RemoveOCRDebris" && $0.after.isEmpty })
        #expect(Normalizer.only(RemoveOCRDebris()).normalize(result.text).edits.isEmpty)
    }

    @Test("one debris-like line is not enough; --keep-debris (a disabled stage) keeps them all")
    func gate() {
        let one = ["คำสั่งกรมการปกครอง", debris[0]].joined(separator: "\n")
        #expect(Normalizer.only(RemoveOCRDebris()).normalize(one).text == one)
        let two = ["คำสั่งกรมการปกครอง", debris[0], debris[1]].joined(separator: "\n")
        var configuration = NormalizerConfiguration(minimumConfidence: 0)
        #expect(Normalizer(configuration: configuration).normalize(two).text == "คำสั่งกรมการปกครอง\n\n")
        configuration.disabledStages = ["RemoveOCRDebris"]
        #expect(Normalizer(configuration: configuration).normalize(two).text.contains("ww"))
    }

    @Test("a debris-shaped line next to a numbered line is kept and reported: it may be a garbled row")
    func numberedNeighbour() {
        let text = ["๑ โครงการจิตสำนึกรักเมืองไทย", debris[0], "", "ข้อความ", debris[1], "", "(๒) ให้จัดทำแผน"]
            .joined(separator: "\n")
        let result = Normalizer.only(RemoveOCRDebris()).normalize(text)
        #expect(result.text == text)
        #expect(result.findings.count == 2)
        #expect(RemoveOCRDebris.isNumberedLine(scalars("๒ 7โครงการสลากสะสมทรัพย์")))
        #expect(RemoveOCRDebris.isNumberedLine(scalars("4. การประชุม")))
        #expect(!RemoveOCRDebris.isNumberedLine(scalars("๑๐        ๒๐        ๓๐")))
        #expect(!RemoveOCRDebris.isNumberedLine(scalars("การประชุม ๑ ครั้ง")))
    }
}
