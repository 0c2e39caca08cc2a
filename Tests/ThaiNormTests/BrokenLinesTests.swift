import Testing
@testable import ThaiNorm

@Suite("Lines broken by PDF extraction")
struct BrokenLinesTests {
    @Test func joinsLinesBrokenBeforeMarks() {
        #expect(BrokenLines.join("ค\nำส\nั\n่งส\nำนักงาน") == "คำสั่งสำนักงาน")
        #expect(BrokenLines.join("ท\nี\n่ ๑/๒๕๖๗\nเร\nื\n่อง ทดสอบ\n") == "ที่ ๑/๒๕๖๗\nเรื่อง ทดสอบ\n")
        #expect(BrokenLines.join("ไ\nปทาง") == "ไปทาง", "after a leading vowel")
    }

    @Test func keepsRealLineBreaks() {
        #expect(BrokenLines.join("") == "")
        #expect(BrokenLines.join("หนึ่ง\nสอง\n\nสาม\n") == "หนึ่ง\nสอง\n\nสาม\n")
        #expect(BrokenLines.join("line one\nline two") == "line one\nline two")
    }
}
