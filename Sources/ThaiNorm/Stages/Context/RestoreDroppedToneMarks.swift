import Foundation

/// Puts back a tone mark that OCR dropped (`มันคง` → `มั่นคง`, `เกียวกับ` → `เกี่ยวกับ`,
/// `วันที ๕` → `วันที่ ๕`) where the context reads clearly better with it.
///
/// An OCR engine that reads Thai marks as glyphs of their own loses the small ones, most often
/// a tone mark stacked over an upper vowel. What is left is often a word too (`มัน`, `ยัง`,
/// `ที`), so a word list cannot tell; the context can. So:
/// - **the document must come from such an engine**: it wrote sara am in parts (at least
///   ``Parameters/minimumDecomposedSaraAm`` composed by ``ComposeSaraAm``, the gate of
///   ``RestoreSaraAmByContext``). Clean and extracted text is left alone: there a word without
///   its tone mark is what the author wrote, or its mark is on the next line;
/// - **the mark must read better**: after a consonant and its upper vowel, with no mark
///   following, ่ or ้ is put where the ``LanguageModel`` gains at least
///   ``Parameters/minimumGain`` (log10) and the other tone mark at least
///   ``Parameters/minimumMargin`` less, read across the spaces inside words.
///
/// Names (``NameGuard``: after a title, in signature brackets, listed names) are left as printed.
///
/// The stage's score grows with the gain (``Parameters/scorePerGain``), so that the calibration
/// table tells a clear reading from a close one.
///
/// ```swift
/// // In a document that wrote sara am in parts:
/// // "การพัฒนาที่ยังยืน" → "การพัฒนาที่ยั่งยืน", "เมือวันที ๕" → "เมื่อวันที่ ๕"
/// // "มันเป็นของเขา", "ยังคงอยู่" → unchanged
/// ```
///
/// Complexity: O(n) per line of n scalars, and a language-model reading of two insertions at
/// each upper vowel without a mark, in a document that writes sara am in parts.
public struct RestoreDroppedToneMarks: DocumentAdaptiveStage {
    public let name = "RestoreDroppedToneMarks"
    public let summary = "In documents that wrote sara am in parts (OCR), put back the tone marks the OCR dropped where the context reads clearly better (มันคง → มั่นคง, ที ๕ → ที่ ๕)."
    public let scope = StageScope.everyLine

    public let parameters: Parameters

    /// The tone marks put back: mai ek and mai tho (mai tri and mai chattawa are rare, and
    /// an OCR engine seldom drops them without the vowel under them).
    static let tones: [[Unicode.Scalar]] = [["\u{0E48}"], ["\u{0E49}"]]

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// Whether `line` has an upper vowel without a tone mark.
    public func survey(_ line: [Unicode.Scalar], in context: LineContext) -> Bool {
        stride(from: 2, through: line.count, by: 1).contains { Self.isCandidate($0, in: line) }
    }

    /// Whether the document wrote sara am in parts (ComposeSaraAm's applied edits, so far).
    public func adaptation(to document: DocumentSurvey<Bool>) -> Bool {
        document.edits.count { $0.applied && $0.stage == "ComposeSaraAm" } >= parameters.minimumDecomposedSaraAm
    }

    public func repair(_ line: [Unicode.Scalar], surveyed hasCandidate: Bool, adaptation droppingOCR: Bool,
                       in context: LineContext, into output: inout StageOutput) {
        guard hasCandidate, droppingOCR else { return }
        let model = LanguageModel.shared
        // A name is spelled as printed: `ทองมัน` may be a family name (NameGuard, as the lexical stage).
        let named = context.names(in: line, by: .shared).protectedRanges
        for index in stride(from: 2, through: line.count, by: 1) where Self.isCandidate(index, in: line)
            && !named.contains(where: { $0.contains(index - 1) }) {
            guard let gains = model.gains(inExtracted: line, replacing: index..<index, with: Self.tones,
                                          reaching: parameters.minimumGain) else { continue }
            let best = gains[0] >= gains[1] ? 0 : 1
            let gain = gains[best]
            guard gain >= parameters.minimumGain, gain - gains[1 - best] >= parameters.minimumMargin else { continue }
            output.replace(index..<index, with: Self.tones[best], confidence: score(gain: gain),
                           note: "tone mark OCR dropped, read from the context: log10 gain "
                               + String(format: "%.2f, %.2f over the other mark", gain, gain - gains[1 - best]))
        }
    }

    /// The stage's own score of a mark put back with `gain`: 1 − 10^(−gain × scorePerGain).
    func score(gain: Double) -> Double {
        1 - pow(10, -gain * parameters.scorePerGain)
    }

    /// Whether a tone mark could have stood right before `line[index]` (or at the line's end):
    /// after a consonant and its upper vowel (ั ิ ี ึ ื), with no mark following. That is where
    /// OCR loses them: a tone mark stacked over a vowel is the smallest glyph of a cluster (on
    /// the benchmark's tune half, 1,704 of the 1,742 marks put back right at a gain of 3 or more
    /// stood there; a candidate after every consonant cost a fifth more time on noisy text).
    static func isCandidate(_ index: Int, in line: [Unicode.Scalar]) -> Bool {
        guard index >= 2, index <= line.count, ThaiScript.isConsonant(line[index - 2]) else { return false }
        let vowel = line[index - 1]
        guard ThaiScript.kind(of: vowel) == .aboveVowel, vowel != "\u{0E47}" else { return false }
        if index < line.count {
            switch ThaiScript.kind(of: line[index]) {
            case .aboveVowel?, .belowVowel?, .tone?, .sign?: return false
            default: break
            }
        }
        return true
    }
}
