import Testing
@testable import ThaiNorm

@Suite("JoinLinesStartingWithMarks")
struct JoinLinesStartingWithMarksTests {
    /// Lines of pdftotext -raw output broken before marks (shape of the benchmark's tune half).
    let broken = "ว\nันน\nี\n้ ประชุม ณ บร\nิเวณท\nำเน\nียบร\nัฐบาล\n\nข้อ ๒ ให้ถือว่าผู้มีหน้าที่ย่ น\nื รายการแล้ว\n"

    @Test func joinsAndKeepsLines() throws {
        let result = Normalizer().normalize(broken)
        let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == broken.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(lines[0] == "วันนี้ ประชุม ณ บริเวณทำเนียบรัฐบาล")
        #expect(lines[1...7].allSatisfy { $0.isEmpty })
        #expect(lines[9].hasPrefix("ข้อ ๒ ให้ถือว่าผู้มีหน้าที่"))
        #expect(lines[9].hasSuffix("รายการแล้ว") && lines[10].isEmpty)
        #expect(Normalizer().normalize(result.text).text == result.text, "idempotent")
        #expect(try EditReplay.apply(result.edits, to: broken) == result.text)
    }

    @Test func aMoveIsTwoEditsWithOneUncalibratedScore() {
        let edits = Normalizer().normalize(broken).edits.filter { $0.stage == "JoinLinesStartingWithMarks" }
        #expect(edits.count == 10, "one addition to line 1 and 7 lines taken, one of each for line 10")
        #expect(Set(edits.map(\.confidence)) == [JoinLinesStartingWithMarks.Parameters().confidence])
        #expect(edits.allSatisfy { $0.evidence == nil })
        let added = edits.filter { $0.before.isEmpty }.map(\.after).joined()
        let taken = edits.filter { $0.after.isEmpty }.map(\.before).joined()
        #expect(added == taken)
    }

    @Test func heldBackTogether() {
        var configuration = NormalizerConfiguration()
        configuration.minimumConfidence = 0.999
        let result = Normalizer(stages: [JoinLinesStartingWithMarks()], configuration: configuration).normalize(broken)
        #expect(result.text == broken)
        #expect(result.edits.count == 10 && result.edits.allSatisfy { !$0.applied })
    }

    @Test func stopsAtAWordsEnd() {
        // The chain's end is now `)`: a mark after it does not join.
        let text = "โคว\nิด-19)\nั"
        #expect(Normalizer.only(JoinLinesStartingWithMarks()).normalize(text).text == "โควิด-19)\n\nั")
    }
}
