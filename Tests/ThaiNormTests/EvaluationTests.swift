import Foundation
import Testing
@testable import ThaiNorm

@Suite("Evaluation")
struct EvaluationTests {
    /// The textbook dynamic programme, to check the bit-parallel version against.
    func naive(_ a: [Int], _ b: [Int]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test("bit-parallel Levenshtein equals the plain DP (lengths across 64-bit block edges)")
    func matchesNaive() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<400 {
            let alphabet = Int.random(in: 1...6, using: &generator)
            let a = (0..<Int.random(in: 0...200, using: &generator)).map { _ in Int.random(in: 0..<alphabet, using: &generator) }
            let b = (0..<Int.random(in: 0...200, using: &generator)).map { _ in Int.random(in: 0..<alphabet, using: &generator) }
            #expect(EditDistance.levenshtein(a, b) == naive(a, b), "a=\(a) b=\(b)")
        }
    }

    @Test func knownDistances() {
        #expect(EditDistance.levenshtein(Array("kitten"), Array("sitting")) == 3)
        #expect(EditDistance.levenshtein([Int](), [1, 2]) == 2)
        #expect(EditDistance.levenshtein([1, 2], [Int]()) == 2)
        #expect(EditDistance.levenshtein([Int](), [Int]()) == 0)
        #expect(EditDistance.levenshtein(Array("ที่".unicodeScalars), Array("ท่ี".unicodeScalars)) == 2)
    }

    @Test("whitespace runs collapse before counting; words split on any whitespace")
    func rates() {
        let rates = ErrorRates.measure(reference: "  ที่  ทำงาน\nดี ", hypothesis: "ท่ี ทำงาน ดี")
        #expect(rates.referenceCharacters == "ที่ ทำงาน ดี".unicodeScalars.count)
        #expect(rates.characterEdits == 2)
        #expect(rates.referenceWords == 3)
        #expect(rates.wordEdits == 1)
        #expect(rates.characterEditsNoSpace == 2)
        #expect(ErrorRates.measure(reference: "abc", hypothesis: "abc").cer == 0)
    }

    @Test("the one-line summary has the documented shape")
    func summary() {
        let rates = ErrorRates.measure(reference: "abcdefghij klmnopqrst", hypothesis: "abcdefghiX klmnopqrst")
        #expect(rates.summary == "CER 4.76% WER 50.00% CER-nospace 5.00%")
    }

    @Test("an empty reference does not divide by zero")
    func emptyReference() {
        #expect(ErrorRates.measure(reference: "", hypothesis: "").cer == 0)
        #expect(ErrorRates.measure(reference: "", hypothesis: "ab").cer == 2)
    }
}
