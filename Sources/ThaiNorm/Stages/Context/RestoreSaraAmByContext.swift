/// Puts back the ring of sara am that OCR dropped (`น้าท่วม` → `น้ำท่วม`, `เน้นย้า` →
/// `เน้นย้ำ`) where the context reads clearly better with ำ.
///
/// An OCR engine that writes sara am in its two parts (nikhahit and sara aa, which
/// ``ComposeSaraAm`` puts together) sometimes misses the small ring above a tone mark and
/// leaves sara aa. `น้า` is a word too (an aunt), as are `ค่า` and `ค่ำ`: only the context
/// tells. So:
/// - **the document must write sara am in parts**: at least
///   ``Parameters/minimumDecomposedSaraAm`` sara am composed by ``ComposeSaraAm``. Its
///   producer then draws ำ as two glyphs, one of which can be lost; clean and extracted
///   text write ำ whole and are left alone;
/// - **ำ must read better**: each า after a consonant and its tone mark is read as ำ where
///   the ``LanguageModel`` gains at least ``Parameters/minimumGain`` (log10), read across the
///   spaces extraction puts inside words.
///
/// ```swift
/// // In a document that wrote sara am in parts:
/// // "ระดับน้าท่วมขัง" → "ระดับน้ำท่วมขัง", "เน้นย้าถึงมาตรการ" → "เน้นย้ำถึงมาตรการ"
/// // "ถ้าหากว่า", "ค่าใช้จ่าย" → unchanged
/// ```
///
/// Complexity: O(n) per line of n scalars, and a language-model reading for each า after a
/// tone mark, in a document that writes sara am in parts.
public struct RestoreSaraAmByContext: DocumentAdaptiveStage {
    public let name = "RestoreSaraAmByContext"
    public let summary = "In documents that wrote sara am in parts (OCR), put back the ring of ำ the OCR dropped where the context reads clearly better (น้าท่วม → น้ำท่วม)."
    public let scope = StageScope.everyLine

    public let parameters: Parameters

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// Whether `line` has a sara aa after a consonant and its tone mark.
    public func survey(_ line: [Unicode.Scalar], in context: LineContext) -> Bool {
        line.indices.contains { Self.isCandidate($0, in: line) }
    }

    /// Whether the document wrote sara am in parts (ComposeSaraAm's applied edits, so far).
    public func adaptation(to document: DocumentSurvey<Bool>) -> Bool {
        document.edits.count { $0.applied && $0.stage == "ComposeSaraAm" } >= parameters.minimumDecomposedSaraAm
    }

    public func repair(_ line: [Unicode.Scalar], surveyed hasCandidate: Bool, adaptation writesInParts: Bool,
                       in context: LineContext, into output: inout StageOutput) {
        guard hasCandidate, writesInParts else { return }
        let model = LanguageModel.shared
        for index in line.indices where Self.isCandidate(index, in: line) {
            guard let gain = model.gains(inExtracted: line, replacing: index..<(index + 1), with: [[ThaiScript.saraAm]],
                                         reaching: parameters.minimumGain)?.first,
                  gain >= parameters.minimumGain else { continue }
            output.replace(index..<(index + 1), with: [ThaiScript.saraAm], confidence: parameters.confidence,
                           note: "sara am whose ring OCR dropped, read from the context")
        }
    }

    /// Whether `line[index]` is sara aa right after a consonant and its tone mark (`น้า`).
    static func isCandidate(_ index: Int, in line: [Unicode.Scalar]) -> Bool {
        index >= 2 && line[index] == ThaiScript.saraAa && ThaiScript.kind(of: line[index - 1]) == .tone
            && ThaiScript.isConsonant(line[index - 2])
    }
}
