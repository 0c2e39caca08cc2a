import Foundation
import Testing
@testable import ThaiNorm

@Suite("restoring dropped tone marks by context")
struct RestoreDroppedToneMarksTests {
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test("candidates: after a consonant and its upper vowel, no mark following")
    func candidates() {
        let line = scalars("ที ก่อ กุ ทั้ง ก็ มิ")
        let found = (0...line.count).filter { RestoreDroppedToneMarks.isCandidate($0, in: line) }
        // after ที (2) and มิ (20, the line's end); not after a bare consonant, a lower vowel,
        // ทั (a mark follows) or ก็
        #expect(found == [2, 20])
        #expect(RestoreDroppedToneMarks.isCandidate(0, in: line) == false)
        #expect((0...0).filter { RestoreDroppedToneMarks.isCandidate($0, in: []) }.isEmpty)
    }

    let decomposed = "น\u{0E49}\u{0E4D}\u{0E32}ดื่ม ท\u{0E4D}\u{0E32}งาน ก\u{0E4D}\u{0E32}หนด"   // three sara am in parts

    @Test("the gate: a document that wrote sara am in parts; then a mark only where it reads better")
    func document() {
        let everyEdit = Normalizer(configuration: NormalizerConfiguration(minimumConfidence: 0))
        let noisy = decomposed + "\nเพื่อการเติบโตอย่างยังยืน\nมันเป็นของเขาและยังคงอยู่ที่เดิม\n"
        let result = everyEdit.normalize(noisy)
        let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1] == "เพื่อการเติบโตอย่างยั่งยืน")
        #expect(lines[2] == "มันเป็นของเขาและยังคงอยู่ที่เดิม")
        #expect(lines[3] == "")
        let marks = result.edits.filter { $0.stage == "RestoreDroppedToneMarks" }
        #expect(marks.count == 1)
        #expect(marks.first?.note?.contains("log10 gain") == true)
        // The same lines in a document that writes ำ whole: nothing is read into them.
        let clean = "น้ำดื่ม ทำงาน กำหนด\nเพื่อการเติบโตอย่างยังยืน"
        #expect(!everyEdit.normalize(clean).edits.contains { $0.stage == "RestoreDroppedToneMarks" })
    }

    @Test("the score grows with the gain and stays below 1")
    func score() {
        let stage = RestoreDroppedToneMarks()
        #expect(stage.score(gain: 3) < stage.score(gain: 6))
        #expect(stage.score(gain: 4) > 0.98 && stage.score(gain: 4) < 0.999)
        #expect(stage.score(gain: 30) <= 1)
    }
}
