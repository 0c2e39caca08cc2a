import Foundation
import Testing
@testable import ThaiNorm

/// Quality on the development split of seed 004 (`../shared/dev`), the bar of issue 2.
@Suite("Dev set")
struct DevSetTests {
    @Test("with every edit applied the dev CER is 4.0% or below; by default it still improves on the raw text")
    func devCER() throws {
        guard let noisy = Repository.devFile("004-dev.noisy.txt"), let gold = Repository.devFile("004-dev.gold.txt") else {
            Issue.record("../shared/dev is not beside the checkout; the dev-set bar cannot be checked")
            return
        }
        let input = try Repository.text(noisy)
        let reference = try Repository.text(gold)
        let raw = ErrorRates.measure(reference: reference, hypothesis: input)
        // Seed 004's repairs are not what the benchmark's tune half calibrates: by default
        // (edits right >= 99% of the time there) most are held back.
        let output = Normalizer.everyEdit.normalize(input).text
        let repaired = ErrorRates.measure(reference: reference, hypothesis: output)
        #expect(repaired.cer <= 0.040, "dev CER \(repaired.summary)")
        #expect(repaired.cer < raw.cer - 0.015)
        #expect(repaired.wer < raw.wer)
        #expect(Lines.split(output).count == Lines.split(input).count)
        let byDefault = ErrorRates.measure(reference: reference, hypothesis: Normalizer().normalize(input).text)
        #expect(byDefault.cer < raw.cer, "dev CER by default \(byDefault.summary)")
    }
}
