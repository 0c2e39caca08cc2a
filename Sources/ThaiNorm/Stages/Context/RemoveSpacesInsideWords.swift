/// Removes the spaces PDF extraction put inside words (`รัฐ มนตรี` → `รัฐมนตรี`, `กล่า ว` →
/// `กล่าว`), where the context reads clearly better without them.
///
/// pdftotext writes a space wherever the gap between two glyphs is wide, and justified Thai
/// text, set without spaces between words, has such gaps inside words. A space in Thai is
/// also a real break between phrases, which the text must keep (`ประเทศไทย มี`): only the
/// words around it tell them apart. So:
/// - **the document must show spaces inside words** (``Adaptation/showsSplitWords``): spaces
///   no Thai writing puts there (before a mark or a following vowel, after a leading vowel or
///   an unclosed ั or ็, before a consonant with thanthakhat), found by this stage's survey or removed by the
///   spacing stages before it, at least ``Parameters/minimumSymptoms`` of them and
///   ``Parameters/minimumSymptomsPer10000`` per 10,000 characters. Clean text shows none,
///   and no OCR output of the benchmark's tune half passed;
/// - **the word must read better whole**: each single space between two Thai letters is
///   removed where the ``LanguageModel`` gains enough (log10) without it. The model was
///   trained on text with real phrase spaces, so a real break reads better kept. How much is
///   enough depends on where the dictionary puts the space (``Place``): inside a word of the
///   two tokens joined (`รัฐ มนตรี`), next to a piece it does not know (`ประยุท ธ์`), or
///   between two whole words (`ประธาน รัฐ`, most often a real break).
///
/// Each space is its own edit; the gain is in the note.
///
/// ```swift
/// // In a document that shows spaces inside words:
/// // "นายกรัฐ มนตรี" → "นายกรัฐมนตรี", "กล่า วว่า" → "กล่าวว่า"
/// // "ประเทศไทย มีความ" → unchanged
/// ```
///
/// Complexity: O(n) per line of n scalars, and one language-model reading per space between
/// two Thai letters, in a document that shows spaces inside words.
public struct RemoveSpacesInsideWords: DocumentAdaptiveStage {
    public let name = "RemoveSpacesInsideWords"
    public let summary = "In documents that show spaces PDF extraction put inside words, remove those where the context reads clearly better without them (รัฐ มนตรี → รัฐมนตรี)."
    public let scope = StageScope.everyLine

    public let parameters: Parameters
    /// Tells a space inside a dictionary word from one between two whole words.
    let segmenter: WordSegmenter

    public init(parameters: Parameters = .init(), lexicon: Lexicon = .shared) {
        self.parameters = parameters
        self.segmenter = WordSegmenter(lexicon: lexicon)
    }

    /// What a line shows: its spaces no Thai writing puts there, and its length.
    public struct Symptoms: Sendable {
        var impossibleSpaces: Int
        var scalars: Int
    }

    /// What a document shows of spaces inside words.
    public struct Adaptation: Equatable, Sendable {
        /// Whether the document shows enough spaces inside words for spaces to be removed by context.
        public var showsSplitWords: Bool
    }

    public func survey(_ line: [Unicode.Scalar], in context: LineContext) -> Symptoms {
        Symptoms(impossibleSpaces: Self.impossibleSpaces(in: line), scalars: line.count)
    }

    public func adaptation(to document: DocumentSurvey<Symptoms>) -> Adaptation {
        // Spaces the spacing stages removed before (inside spread letters, before marks) were symptoms too.
        let removed = document.edits.count {
            $0.applied && ($0.stage == "RemoveSpaceBeforeMarks" || $0.stage == "JoinSpreadLetters")
        }
        let symptoms = document.surveys.reduce(removed) { $0 + $1.impossibleSpaces }
        let scalars = document.surveys.reduce(0) { $0 + $1.scalars }
        // Only evidence that normalizing takes away (never adds) opens the gate, so a normalized
        // document cannot open it where its source did not: normalizing twice equals once.
        let shows = symptoms >= parameters.minimumSymptoms
            && Double(symptoms) * 10_000 >= parameters.minimumSymptomsPer10000 * Double(max(scalars, 1))
        return Adaptation(showsSplitWords: shows)
    }

    public func repair(_ line: [Unicode.Scalar], surveyed: Symptoms, adaptation: Adaptation,
                       in context: LineContext, into output: inout StageOutput) {
        guard adaptation.showsSplitWords else { return }
        let model = LanguageModel.shared
        let lowest = min(parameters.minimumGainInsideWord, parameters.minimumGainNextToUnknown,
                         parameters.minimumGainBetweenWords)
        for index in line.indices where Self.isCandidate(index, in: line) {
            guard let gain = model.gains(in: line, replacing: index..<(index + 1), with: [[]], reaching: lowest)?.first,
                  gain >= lowest else { continue }
            let place = self.place(of: index, in: line)
            guard gain >= parameters.minimumGain(at: place) else { continue }
            let shown = (gain * 10).rounded() / 10
            output.replace(index..<(index + 1), with: [], confidence: parameters.confidence,
                           note: "space \(place.rawValue): gain \(shown)")
        }
    }

    /// Where a space stands, as the dictionary reads the two tokens around it joined.
    enum Place: String {
        /// A dictionary word of the joined tokens holds the space's place (`รัฐ มนตรี`).
        case insideWord = "inside a word"
        /// The joined tokens are dictionary words that break where the space is (`ประธาน รัฐ`).
        case betweenWords = "between two words"
        /// Neither: a piece the dictionary does not know is next to it (`ประยุท ธ์`).
        case nextToUnknown = "next to an unknown piece"
    }

    /// ``Place`` of the space `line[index]`.
    func place(of index: Int, in line: [Unicode.Scalar]) -> Place {
        var start = index - 1, end = index + 2
        while start > 0, ThaiScript.isWordCharacter(line[start - 1]) { start -= 1 }
        while end < line.count, ThaiScript.isWordCharacter(line[end]) { end += 1 }
        let joined = Array(line[start..<index] + line[(index + 1)..<end])
        let gap = index - start
        return segmenter.withSegments(joined, 0..<joined.count) { tokens in
            guard tokens.contains(where: { $0.range.lowerBound == gap }) else { return .insideWord }
            return tokens.allSatisfy(\.known) ? .betweenWords : .nextToUnknown
        }
    }

    /// Whether `line[index]` is one space between two Thai letters or marks (digits, ฯ and ๆ,
    /// which a real space follows, aside).
    static func isCandidate(_ index: Int, in line: [Unicode.Scalar]) -> Bool {
        guard index > 0, index + 1 < line.count, line[index] == " " else { return false }
        let before = line[index - 1], after = line[index + 1]
        return ThaiScript.isWordCharacter(before) && ThaiScript.isWordCharacter(after)
    }

    /// Whether the text before `index` ends in mai han-akat or maitaikhu (a tone mark after it
    /// aside), which a final consonant must close (`ปั ญหา`, `เป็ น`); `ก็` is a word.
    static func endsUnclosed(_ line: [Unicode.Scalar], before index: Int) -> Bool {
        var end = index
        if end > 0, ThaiScript.kind(of: line[end - 1]) == .tone { end -= 1 }
        guard end >= 2, line[end - 1] == "\u{0E31}" || line[end - 1] == "\u{0E47}" else { return false }
        return !(line[end - 1] == "\u{0E47}" && line[end - 2] == "\u{0E01}")
    }

    /// Spaces no Thai writing puts there: before a combining mark or a following vowel, after a
    /// leading vowel or a vowel mark a final consonant must close (``endsUnclosed(_:before:)``),
    /// or before a consonant (or two) that thanthakhat silences (`ประยุท ธ์`).
    static func impossibleSpaces(in line: [Unicode.Scalar]) -> Int {
        var count = 0
        for index in line.indices where isCandidate(index, in: line) {
            let before = line[index - 1], after = line[index + 1]
            if ThaiScript.isLeadingVowel(before) || ThaiScript.cannotStartWord(after) || endsUnclosed(line, before: index) {
                count += 1
            } else if ThaiScript.isConsonant(after) {
                let rest = line[(index + 2)...].prefix(2)
                if rest.first == "\u{0E4C}" || (rest.count == 2 && ThaiScript.isConsonant(rest.first!) && rest.last == "\u{0E4C}") {
                    count += 1
                }
            }
        }
        return count
    }
}
