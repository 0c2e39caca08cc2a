/// Character and word error rates of a hypothesis against a reference.
///
/// - `cer`: Levenshtein distance over Unicode scalars, after every whitespace
///   run is collapsed to one space and both ends trimmed, divided by the
///   reference length (same normalization).
/// - `wer`: Levenshtein distance over whitespace-separated tokens, divided by
///   the number of reference tokens.
/// - `cerNoSpace`: the CER with all whitespace removed from both sides.
///
/// Rates are fractions (0.0412 is 4.12 %); with an empty reference the
/// denominator is 1.
///
/// ```swift
/// let rates = ErrorRates.measure(reference: "ที่ ๑", hypothesis: "ท่ี ๑")
/// rates.characterEdits   // 2
/// ```
///
/// Complexity: O(n · ⌈m / 64⌉) for texts of lengths m and n.
public struct ErrorRates: Codable, Sendable, Equatable {
    public var cer: Double
    public var wer: Double
    public var cerNoSpace: Double
    public var referenceCharacters: Int
    public var characterEdits: Int
    public var referenceWords: Int
    public var wordEdits: Int
    public var referenceCharactersNoSpace: Int
    public var characterEditsNoSpace: Int

    public static func measure(reference: String, hypothesis: String) -> ErrorRates {
        let referenceWords = words(reference)
        let hypothesisWords = words(hypothesis)
        let referenceText = Array(referenceWords.joined(separator: " ").unicodeScalars)
        let hypothesisText = Array(hypothesisWords.joined(separator: " ").unicodeScalars)
        let referenceNoSpace = Array(referenceWords.joined().unicodeScalars)
        let hypothesisNoSpace = Array(hypothesisWords.joined().unicodeScalars)

        let characterEdits = EditDistance.levenshtein(referenceText, hypothesisText)
        let wordEdits = EditDistance.levenshtein(referenceWords, hypothesisWords)
        let noSpaceEdits = EditDistance.levenshtein(referenceNoSpace, hypothesisNoSpace)
        func rate(_ edits: Int, _ total: Int) -> Double { Double(edits) / Double(max(total, 1)) }
        return ErrorRates(
            cer: rate(characterEdits, referenceText.count),
            wer: rate(wordEdits, referenceWords.count),
            cerNoSpace: rate(noSpaceEdits, referenceNoSpace.count),
            referenceCharacters: referenceText.count,
            characterEdits: characterEdits,
            referenceWords: referenceWords.count,
            wordEdits: wordEdits,
            referenceCharactersNoSpace: referenceNoSpace.count,
            characterEditsNoSpace: noSpaceEdits)
    }

    /// The whitespace-separated tokens of `text` (Unicode whitespace, including line breaks).
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isWhitespace {
                if !current.isEmpty { result.append(String(current)); current = String.UnicodeScalarView() }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// One line such as `CER 4.12% WER 35.10% CER-nospace 3.20%`.
    public var summary: String {
        func percent(_ value: Double) -> String {
            let hundredths = Int((value * 10_000).rounded())
            let fraction = hundredths % 100
            return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
        }
        return "CER \(percent(cer)) WER \(percent(wer)) CER-nospace \(percent(cerNoSpace))"
    }
}
