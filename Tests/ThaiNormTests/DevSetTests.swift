import Foundation
import Testing
@testable import ThaiNorm

/// Quality on the development split of seed 004 (`../shared/dev`), the bar of issue 2.
@Suite("Dev set")
struct DevSetTests {
    @Test("Unicode-level stages bring the dev CER to 4.0% or below, and improve on the raw text")
    func devCER() throws {
        guard let noisy = Repository.devFile("004-dev.noisy.txt"), let gold = Repository.devFile("004-dev.gold.txt") else {
            Issue.record("../shared/dev is not beside the checkout; the dev-set bar cannot be checked")
            return
        }
        let input = try Repository.text(noisy)
        let reference = try Repository.text(gold)
        let raw = ErrorRates.measure(reference: reference, hypothesis: input)
        let output = Normalizer().normalize(input).text
        let repaired = ErrorRates.measure(reference: reference, hypothesis: output)
        #expect(repaired.cer <= 0.040, "dev CER \(repaired.summary)")
        #expect(repaired.cer < raw.cer - 0.015)
        #expect(repaired.wer < raw.wer)
        #expect(Lines.split(output).count == Lines.split(input).count)
    }
}
