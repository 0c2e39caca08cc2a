import Foundation

/// Corrects misread letters and marks, stray punctuation inside words, and
/// marks displaced by extraction, using the lexicon and the OCR confusion
/// model (``NoisyChannelDecoder``).
///
/// ```swift
/// // "ประซาซนทั่วไป"      → "ประชาชนทั่วไป"     (ซ read for ช, twice)
/// // "หน่วยงาบ"            → "หน่วยงาน"
/// // "มี'ป้าย"             → "มีป้าย"             (a speck read as an apostrophe)
/// // "การฟ้องกันความเสี่ยง": ฟ้องกัน is a real word; changed to ป้องกัน only in a document
/// //   that shows OCR noise and by ``Parameters/realWordMargin``, else reported
/// ```
///
/// A correction of letters or marks is made only where the line reads clearly better with it
/// (``LanguageModel``, ``Parameters/minimumContextGain``); otherwise it is reported.
///
/// Names after a title (`นาย`, `น.ส.`, ranks; `mappings/titles.txt`) and listed
/// names (`mappings/person-names.txt`) are not touched. Nor is a word split by a
/// line wrap (`…การท่องเ` / `ที่ยว…`): the piece at the end of a line and the
/// piece at the start of the next are judged together, and where together they
/// read as a word the pieces are kept (lines stay 1:1). A correction found but
/// not clear enough is reported as a finding with its best guess, and the text
/// is kept.
///
/// Complexity: O(n) in the line length for exact segmentation; the
/// approximate search is bounded per position.
public struct CorrectLexicalErrors: DocumentAdaptiveStage {
    public let name = "CorrectLexicalErrors"
    public let summary = "Correct misread letters and marks, stray punctuation and displaced marks (lexicon + OCR confusion model, checked against the context by the language model)."
    public let parameters: Parameters
    /// A corrected word can make its neighbour decidable: run again while the line changes.
    public var scope: StageScope { StageScope(everyLineRounds: parameters.rounds) }

    let decoder: NoisyChannelDecoder
    let names: NameGuard
    /// What the channel may insert between letters (a stray quote or comma): a run goes on across it.
    let insertable: ScalarSet
    /// The decoder that surveys: corrections only around unknown words, where they are clear.
    let surveyDecoder: NoisyChannelDecoder

    public init(parameters: Parameters = .init(), decoder: NoisyChannelDecoder = NoisyChannelDecoder(), names: NameGuard = .shared) {
        self.parameters = parameters
        var decoder = decoder
        decoder.budget = parameters.budget
        decoder.maximumEdits = parameters.maximumEdits
        decoder.oovMargin = parameters.oovMargin
        decoder.realWordMargin = parameters.realWordMargin
        var model = decoder.model
        model.adaptedCostFloor = parameters.adaptedCostFloor
        decoder = NoisyChannelDecoder(copying: decoder, model: model, searchesRealWords: decoder.searchesRealWords)
        self.decoder = decoder
        self.names = names
        insertable = ScalarSet(decoder.model.insertions.keys)
        surveyDecoder = NoisyChannelDecoder(copying: decoder, model: decoder.model, searchesRealWords: false)
    }

    /// Clear corrections of unknown words in one line: how many, the letters they put back,
    /// and all the survey proposed and reported there.
    public struct LineSurvey: Sendable {
        var corrected = 0
        var substitutions: [ConfusionModel.SubstitutionPair] = []
        var output = StageOutput()
    }

    /// What the document teaches: whether it is OCR-noisy (then the substitutions behind its
    /// clear corrections are made cheaper), whether real words are searched for errors, and
    /// whether its lines were cut inside words; and the decoder tuned to that.
    public struct Adaptation: Equatable, Sendable {
        var noisy: Bool
        var searchesRealWords: Bool
        var fragmented: Bool
        /// Lines whose last word goes on at the start of the next line (``wrappedWords(in:)``).
        var wrapped: Set<Int>
        var substitutions: [ConfusionModel.SubstitutionPair: Int]
        /// Made from the fields above (not compared).
        let decoder: NoisyChannelDecoder

        /// A clean document is repaired exactly as it was surveyed (but at a line wrap that
        /// splits a word, ``wrapped``).
        var repairsAsSurveyed: Bool { !noisy && !searchesRealWords && !fragmented }

        public static func == (a: Adaptation, b: Adaptation) -> Bool {
            a.noisy == b.noisy && a.searchesRealWords == b.searchesRealWords && a.fragmented == b.fragmented
                && a.wrapped == b.wrapped && a.substitutions == b.substitutions
        }
    }

    /// The clear corrections of unknown words in `line` (with its garbled tokens and names
    /// from `context`), and the substitutions behind them.
    public func survey(_ line: [Unicode.Scalar], in context: LineContext) -> LineSurvey {
        var output = StageOutput()
        repair(line, decoder: surveyDecoder, fragmented: false, garbled: context.garbledTokens(in: line),
               named: context.names(in: line, by: names).protectedRanges, into: &output)
        var result = LineSurvey(output: output)
        for repair in output.repairs where repair.note == Self.unknownWordNote {
            result.corrected += 1
            guard repair.range.count == repair.replacement.count else { continue }
            for (observed, intended) in zip(line[repair.range], repair.replacement) where observed != intended {
                result.substitutions.append(.init(intended: intended, observed: observed))
            }
        }
        return result
    }

    /// Tunes the channel to the document: substitutions behind its clear corrections of
    /// unknown words (ซ read for ช in ประซาซน, ราซการ …) are made cheaper, so the same
    /// confusion in a real word (เซ่น for เช่น) can reach the margin. A clean document shows
    /// no such evidence and is decoded with the model as it is.
    public func adaptation(to document: DocumentSurvey<LineSurvey>) -> Adaptation {
        let lines = document.lines
        var substitutions: [ConfusionModel.SubstitutionPair: Int] = [:]
        var corrected = 0
        for survey in document.surveys {
            corrected += survey.corrected
            for pair in survey.substitutions { substitutions[pair, default: 0] += 1 }
        }
        // A document with no clear OCR errors gets no real-word search: there, a real word
        // is much more likely meant than misread. Noise is a rate, not a count.
        // A short text is too short to tell; it keeps the search.
        let scalars = lines.reduce(0) { $0 + $1.count }
        let noisy = corrected >= parameters.noisyDocumentCorrections
            && Double(corrected) * 10_000 >= parameters.noisyCorrectionsPer10k * Double(scalars)
        let searchesRealWords = noisy || scalars < parameters.shortDocumentScalars
        // pdftotext can break lines before marks ("เข" / "ียนท"): then every line edge may cut a word.
        let thaiLines = lines.filter { $0.contains(where: ThaiScript.isConsonant) }
        let cut = thaiLines.count { line in line.first { !$0.isWhitespace }.map(ThaiScript.cannotStartWord) ?? false }
        let fragmented = !thaiLines.isEmpty && Double(cut) >= parameters.fragmentedLineShare * Double(thaiLines.count)
        return Adaptation(
            noisy: noisy, searchesRealWords: searchesRealWords, fragmented: fragmented,
            wrapped: wrappedWords(in: lines), substitutions: noisy ? substitutions : [:],
            decoder: NoisyChannelDecoder(
                copying: decoder, model: noisy ? decoder.model.adapted(to: substitutions) : decoder.model,
                searchesRealWords: searchesRealWords))
    }

    public func repair(_ line: [Unicode.Scalar], surveyed: LineSurvey, adaptation: Adaptation,
                       in context: LineContext, into output: inout StageOutput) {
        let wrapsBefore = context.index > 0 && adaptation.wrapped.contains(context.index - 1)
        let wrapsAfter = adaptation.wrapped.contains(context.index)
        // A clean document is repaired as it was surveyed, but for the edges of a split word.
        if adaptation.repairsAsSurveyed, !wrapsBefore, !wrapsAfter {
            output.repairs += surveyed.output.repairs
            output.findings += surveyed.output.findings
            return
        }
        repair(line, decoder: adaptation.decoder, fragmented: adaptation.fragmented,
               wrapsBefore: wrapsBefore, wrapsAfter: wrapsAfter,
               garbled: context.garbledTokens(in: line), named: context.names(in: line, by: names).protectedRanges,
               into: &output)
    }

    /// The lines (by index) whose last word goes on at the start of the next: the run of Thai
    /// letters ending the line and the run starting the next (each of at least
    /// ``Parameters/wrapPieceConsonants`` consonants) are not both words on their own,
    /// and joined they read as lexicon words only, one of them across the wrap
    /// (`การท่องเ` / `ที่ยว` gives การ|ท่องเที่ยว).
    ///
    /// Complexity: O(n) in the length of the runs at the lines' edges.
    func wrappedWords(in lines: [[Unicode.Scalar]]) -> Set<Int> {
        var wrapped = Set<Int>()
        guard lines.count > 1 else { return wrapped }
        let segmenter = decoder.segmenter
        for index in 0..<(lines.count - 1) {
            let line = lines[index], next = lines[index + 1]
            guard let last = line.last, ThaiScript.isWordCharacter(last), let first = next.first,
                  ThaiScript.isWordCharacter(first) else { continue }
            var start = line.count
            while start > 0, ThaiScript.isWordCharacter(line[start - 1]) { start -= 1 }
            var end = 0
            while end < next.count, ThaiScript.isWordCharacter(next[end]) { end += 1 }
            let tail = Array(line[start...]), head = Array(next[..<end])
            guard tail.count(where: ThaiScript.isConsonant) >= parameters.wrapPieceConsonants,
                  head.count(where: ThaiScript.isConsonant) >= parameters.wrapPieceConsonants else { continue }
            let tailKnown = !segmenter.segment(tail).contains { !$0.known }
            let headKnown = !segmenter.segment(head).contains { !$0.known }
            guard !(tailKnown && headKnown) else { continue }
            // Joined, the pieces read as known words only, one of them across the wrap.
            let words = segmenter.segment(tail + head)
            if words.allSatisfy(\.known), words.contains(where: { $0.range.lowerBound < tail.count && $0.range.upperBound > tail.count }) {
                wrapped.insert(index)
            }
        }
        return wrapped
    }

    static let unknownWordNote = "not in the lexicon"
    static let realWordNote = "real-word error, fixed from context"

    /// Repairs `line` with `decoder`, leaving its `garbled` English tokens and `named` names as
    /// they are (both asked only of a line with a Thai consonant). In a `fragmented` document
    /// the line's last run may be a fragment, and is left alone.
    func repair(_ line: [Unicode.Scalar], decoder: NoisyChannelDecoder, fragmented: Bool,
                wrapsBefore: Bool = false, wrapsAfter: Bool = false,
                garbled: @autoclosure () -> [Range<Int>], named: @autoclosure () -> [Range<Int>],
                into output: inout StageOutput) {
        guard line.contains(where: ThaiScript.isConsonant) else { return }
        var allowed = [Bool](repeating: true, count: line.count)
        // English garbled into Thai-looking text is RecoverGarbledEnglish's; never "correct" it into Thai.
        for range in named() + garbled() + Self.abbreviations(in: line, lexicon: decoder.lexicon, parameters: parameters) {
            for index in range { allowed[index] = false }
        }
        var candidates = runs(in: line, allowed: allowed)
        // A run starting with a mark or ะ า ำ is the tail of a word cut by a line break or
        // a bad extraction: not a word to correct.
        candidates.removeAll { ThaiScript.cannotStartWord(line[$0.lowerBound]) }
        if fragmented, let last = candidates.last, !line[last.upperBound...].contains(where: ThaiScript.isConsonant) {
            candidates.removeLast()
        }
        // The pieces of a word split by a line wrap are read with the neighbouring line, not alone.
        if wrapsAfter, let last = candidates.last, last.upperBound == line.count {
            candidates.removeLast()
            output.report(at: last.lowerBound, "kept '\(line[last].string)': a word split by the line wrap, read with the next line")
        }
        if wrapsBefore, let first = candidates.first, first.lowerBound == 0 {
            candidates.removeFirst()
            output.report(at: first.lowerBound, "kept '\(line[first].string)': a word split by the line wrap, read with the line before")
        }
        for run in candidates {
            for correction in decoder.corrections(in: line, run: run, allowed: allowed) {
                if correction.accepted, let gain = contextGainTooLow(of: correction, in: line) {
                    output.report(at: correction.range.lowerBound,
                                  "kept '\(line[correction.range].string)'; best guess '\(correction.replacement.string)' is not clear from the context (log10 gain \(String(format: "%.1f", gain)) < \(String(format: "%.1f", parameters.minimumContextGain)))")
                } else if correction.accepted {
                    output.replace(correction.range, with: correction.replacement, confidence: correction.confidence,
                                   note: correction.realWord ? Self.realWordNote : Self.unknownWordNote)
                } else if correction.gap > 0 {
                    let guess = correction.replacement.string
                    output.report(at: correction.range.lowerBound,
                                  "kept '\(line[correction.range].string)'; best guess '\(guess)' is not clear enough (confidence \(String(format: "%.2f", correction.confidence)))")
                }
            }
        }
    }

    /// The context gain of `correction` (``LanguageModel/gain(in:replacing:with:)``) when it is
    /// below ``Parameters/minimumContextGain``; nil when the correction may be made. A
    /// correction that keeps the letters and marks (spaces removed, tone marks moved) is the
    /// lexicon's to decide and is not asked.
    func contextGainTooLow(of correction: NoisyChannelDecoder.Correction, in line: [Unicode.Scalar]) -> Double? {
        switch EditShape(before: line[correction.range], after: correction.replacement) {
        case .space, .toneMoved: return nil
        default: break
        }
        let gain = LanguageModel.shared.gain(in: line, replacing: correction.range, with: correction.replacement)
        return gain < parameters.minimumContextGain ? gain : nil
    }

    /// Abbreviations and acronyms, which are not misspelled words: the short
    /// pieces of Thai letters touching a full stop (`พ.ศ.`, `จปฐ.`), the end of a
    /// longer run that is a lexicon abbreviation with its stop (`เข้าครม.`), and runs of
    /// two to five consonants that are not words (`สพร`, `กชช`, the `ปปปป` of a
    /// date placeholder `วว/ดด/ปปปป`).
    ///
    /// One pass over the runs of Thai letters: a run touching a full stop is the piece on that
    /// side of it.
    static func abbreviations(in line: [Unicode.Scalar], lexicon: Lexicon, parameters: Parameters = .init()) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        // Every run of Thai letters, also between slashes or dashes (สพร/กชช, วว/ดด/ปปปป).
        var start = 0
        while start < line.count {
            guard ThaiScript.isWordCharacter(line[start]) else { start += 1; continue }
            var end = start
            var consonantsOnly = true
            while end < line.count, ThaiScript.isWordCharacter(line[end]) {
                if !ThaiScript.isConsonant(line[end]) { consonantsOnly = false }
                end += 1
            }
            let length = end - start
            let touchesStop = (end < line.count && line[end] == ".") || (start > 0 && line[start - 1] == ".")
            if touchesStop, length <= parameters.longestAbbreviation {
                ranges.append(start..<end)
                start = end
                continue
            }
            if end < line.count, line[end] == ".",
               let known = (max(start, end - lexicon.longestWord)..<end).first(where: { lexicon.contains(line[$0...end]) }) {
                // The end of a longer run that is a known abbreviation with its stop (เข้าครม. has ครม.).
                ranges.append(known..<end)
            }
            if consonantsOnly, length >= parameters.shortestAcronym, length <= parameters.longestAcronym, !lexicon.contains(line[start..<end]) {
                ranges.append(start..<end)
            }
            start = end
        }
        return ranges
    }

    /// Runs of Thai letters and marks, joined across single spaces and stray
    /// punctuation that stand between Thai letters.
    func runs(in line: [Unicode.Scalar], allowed: [Bool]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        let insertable = insertable
        let count = line.count
        /// Position `i` (inside the line) holds a letter that may change.
        @inline(__always) func isLetter(_ i: Int) -> Bool { allowed[i] && ThaiScript.isWordCharacter(line[i]) }
        var index = 0
        while index < count {
            guard isLetter(index) else { index += 1; continue }
            var end = index + 1
            // The scalar before `end` is always a letter here: a space or stray mark is
            // passed over only with a letter after it.
            while end < count {
                if isLetter(end) {
                    end += 1
                } else if end + 1 < count, line[end].isSpace || insertable.contains(line[end]), isLetter(end + 1) {
                    end += 2
                } else {
                    break
                }
            }
            runs.append(index..<end)
            index = end
        }
        return runs
    }
}
