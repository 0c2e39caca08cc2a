import Foundation
import Testing
@testable import ThaiNorm

@Suite("removing spaces extraction put inside words")
struct RemoveSpacesInsideWordsTests {
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test("candidates: one space between two Thai letters or marks, not next to digits, ฯ or ๆ")
    func candidates() {
        let line = scalars("ก ข  ค ๑ ง ๆ จ ฯ ฉ เป็ น")
        let found = line.indices.filter { RemoveSpacesInsideWords.isCandidate($0, in: line) }
        #expect(found == [1, 18, 22])
    }

    @Test("symptoms: spaces before a mark or following vowel, after a leading vowel, before a silenced consonant")
    func symptoms() {
        #expect(RemoveSpacesInsideWords.impossibleSpaces(in: scalars("ประยุท ธ์ จัน ทร์โ อชา")) == 3)
        #expect(RemoveSpacesInsideWords.impossibleSpaces(in: scalars("ประเทศไทย มีความ ร่วมมือ แต่ก็ ไม่")) == 0)
        #expect(RemoveSpacesInsideWords.impossibleSpaces(in: scalars("เป็ น ปั ญหา")) == 2)
    }

    @Test("where the dictionary puts a space")
    func places() {
        let stage = RemoveSpacesInsideWords()
        func place(_ text: String) -> RemoveSpacesInsideWords.Place {
            let line = scalars(text)
            return stage.place(of: line.firstIndex(of: " ")!, in: line)
        }
        #expect(place("รัฐ มนตรี") == .insideWord)
        #expect(place("ประธาน รัฐ") == .betweenWords)
    }

    @Test("the gate: a document that shows spaces inside words; clean text is left alone")
    func document() {
        let extracted = "พล.อ.ประยุท ธ์ จัน ทร์โ อชา\nนายกรัฐ มนตรี กล่า วว่า ทั้งนี้ ที่ผ่านมา"
        let result = Normalizer().normalize(extracted)
        let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1] == "นายกรัฐมนตรี กล่าวว่า ทั้งนี้ ที่ผ่านมา")
        #expect(result.edits.contains { $0.stage == "RemoveSpacesInsideWords" && $0.applied })
        // The same line in a document without such spaces: nothing is read into it.
        let clean = "พล.อ.ประยุทธ์ จันทร์โอชา\nนายกรัฐ มนตรี กล่า วว่า"
        #expect(!Normalizer(configuration: NormalizerConfiguration(minimumConfidence: 0)).normalize(clean)
            .edits.contains { $0.stage == "RemoveSpacesInsideWords" })
    }

    @Test("normalizing twice equals once, also where another stage's evidence is gone the second time")
    func idempotent() {
        // CI's fuzz run: a gate that closed on sara am composed in the first run (gone in the
        // second) opened the second time.
        let text = "น\u{0E4D}\u{0E32}ดื่ม ท\u{0E4D}\u{0E32}งาน ก\u{0E4D}\u{0E32}หนด\nพล.อ.ประยุท ธ์ จัน ทร์โ อชา\nนายกรัฐ มนตรี กล่า วว่า"
        for configuration in [NormalizerConfiguration(), NormalizerConfiguration(minimumConfidence: 0)] {
            let once = Normalizer(configuration: configuration).normalize(text).text
            #expect(Normalizer(configuration: configuration).normalize(once).text == once)
        }
    }
}
