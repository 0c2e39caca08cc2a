import Foundation
import Testing
@testable import ThaiNorm

@Suite("restoring sara am by context")
struct RestoreSaraAmByContextTests {
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test("candidates: sara aa right after a consonant and its tone mark")
    func candidates() {
        let line = scalars("น้า ว่า นา กา่ ่า")
        let found = line.indices.filter { RestoreSaraAmByContext.isCandidate($0, in: line) }
        #expect(found == [2, 6])
    }

    let decomposed = "น\u{0E49}\u{0E4D}\u{0E32}ดื่ม ท\u{0E4D}\u{0E32}งาน ก\u{0E4D}\u{0E32}หนด"   // three sara am in parts

    @Test("the gate: a document that wrote sara am in parts; then ำ only where it reads better")
    func document() {
        let noisy = decomposed + "\nระดับน้าท่วมขัง\nคุณน้าของฉันมาเยี่ยมบ้าน"
        let result = Normalizer(configuration: NormalizerConfiguration(minimumConfidence: 0)).normalize(noisy)
        let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1] == "ระดับน้ำท่วมขัง")
        #expect(lines[2] == "คุณน้าของฉันมาเยี่ยมบ้าน")
        #expect(result.edits.contains { $0.stage == "RestoreSaraAmByContext" })
        // The same lines in a document that writes ำ whole: nothing is read into them.
        let clean = "น้ำดื่ม ทำงาน กำหนด\nระดับน้าท่วมขัง"
        #expect(!Normalizer(configuration: NormalizerConfiguration(minimumConfidence: 0)).normalize(clean)
            .edits.contains { $0.stage == "RestoreSaraAmByContext" })
    }
}
