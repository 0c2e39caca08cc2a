import Foundation
import Testing
@testable import ThaiNorm

/// The review page's HTML, without a browser.
@Suite("Review page HTML")
struct ReviewPageHTMLTests {
    @Test("the input is escaped everywhere: a script in the text is text")
    func escaping() throws {
        let input = "คําสั่ง <script>alert(1)</script> & \"q\" 'a'\nท่ี <img src=x onerror=alert(2)>\n"
        let result = Normalizer().normalize(input)
        let page = try ReviewPage.html(input: input, edits: result.edits, findings: result.findings, source: "<b>x</b>.txt")
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(page.contains("&lt;b&gt;x&lt;/b&gt;.txt"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img"))
        #expect(page.components(separatedBy: "<script>").count == 2, "only the page's own script")
    }

    @Test("self-contained Thai page: lang, charset, Thai fonts, no address to load")
    func selfContained() throws {
        let page = try ReviewPage.html(input: "ท่ี", edits: Normalizer().normalize("ท่ี").edits, findings: [], source: "a")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"th\">"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("\"Noto Sans Thai\", \"Loma\", \"Garuda\", \"Norasi\", \"TlwgTypo\", sans-serif"))
        for reference in ["http:", "https:", "src=", "<link", "@import", "url("] {
            #expect(!page.contains(reference), "\(reference)")
        }
    }

    @Test("held-back edits and findings are marked apart from applied edits; the table counts them")
    func heldAndFindings() throws {
        let edits = [
            Edit(stage: "ComposeSaraAm", line: 1, column: 2, length: 2, before: "\u{0E4D}\u{0E32}", after: "\u{0E33}",
                 confidence: 0.4, applied: false),
            Edit(stage: "ReorderThaiMarks", line: 2, column: 2, length: 2, before: "\u{0E48}\u{0E35}", after: "\u{0E35}\u{0E48}",
                 confidence: 0.95),
        ]
        let findings = [Finding(stage: "CorrectLexicalErrors", line: 2, column: 5, message: "unknown word")]
        let input = "ค\u{0E4D}\u{0E32}\nท\u{0E48}\u{0E35} กขค"
        let page = try ReviewPage.html(input: input, edits: edits, findings: findings, source: "t",
                                       options: .init(minimumConfidence: 0.5))
        // A stage's colour is its place in the pipeline (ReviewSummary.palette, in turn).
        let colour = try #require(Pipeline.stageNames.firstIndex(of: "ComposeSaraAm")) % ReviewSummary.palette.count
        #expect(page.contains("<span class=\"held-only s\(colour)\""))
        #expect(page.contains("data-held=\"0\""))
        #expect(page.contains("<span class=\"finding-only\""))
        #expect(page.contains("data-findings=\"0\""))
        #expect(page.components(separatedBy: "data-edits=").count == 2, "one applied edit highlighted")
        #expect(page.contains("data-applied=\"1\" data-held=\"1\" data-findings=\"1\""))
        #expect(page.contains("<td>ComposeSaraAm</td><td class=\"n\">0</td><td class=\"n\">1</td>"))
        #expect(page.contains("confidence below 0.50"))
    }
}
