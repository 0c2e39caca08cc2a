import Foundation

/// Corrects misread letters and marks, stray punctuation inside words, and
/// marks displaced by extraction, using the lexicon and the OCR confusion
/// model (``NoisyChannelDecoder``).
///
/// ```swift
/// // "ประซาซนทั่วไป"      → "ประชาชนทั่วไป"     (ซ read for ช, twice)
/// // "หน่วยงาบ"            → "หน่วยงาน"
/// // "มี'ป้าย"             → "มีป้าย"             (a speck read as an apostrophe)
/// // "การฟ้องกันความเสี่ยง" → "การป้องกันความเสี่ยง" (a real word, fixed from context)
/// ```
///
/// Names after a title (`นาย`, `น.ส.`, ranks; `mappings/titles.txt`) are not
/// touched. A correction found but not clear enough is reported as a finding
/// with its best guess, and the text is kept.
///
/// Complexity: O(n) in the line length for exact segmentation; the
/// approximate search is bounded per position.
public struct CorrectLexicalErrors: DocumentAdaptiveStage, ComparableAdaptation {
    public let name = "CorrectLexicalErrors"
    public let summary = "Correct misread letters and marks, stray punctuation and displaced marks (lexicon + OCR confusion model)."

    let decoder: NoisyChannelDecoder
    let names: NameGuard
    /// What the channel may insert between letters (a stray quote or comma): a run goes on across it.
    let insertable: ScalarSet
    /// The document's lines were cut inside words (many start with a mark), so a
    /// line's last run may be a fragment too; set by ``adapted(to:)``.
    var linesAreFragmented = false
    /// What the document taught, when adapted (nil: the stage as configured).
    var adaptation: Adaptation?
    /// What the survey found in each line adapted to: reused by the next pass.
    var surveys = LineAnalysis<LineSurvey>()
    /// Whether this stage repairs as its surveyor did, so that a surveyed line's repairs are its survey's.
    var repairsAsSurveyed = false

    /// A corrected word can make its neighbour decidable; run until nothing changes.
    public var maximumRounds: Int { 3 }

    public init(decoder: NoisyChannelDecoder = NoisyChannelDecoder(), names: NameGuard = .shared) {
        self.decoder = decoder
        self.names = names
        insertable = ScalarSet(decoder.model.insertions.keys)
    }

    /// Share of Thai lines starting with a mark above which a document counts as cut inside words.
    static let fragmentedLineShare = 0.05

    /// Tunes the channel to the document: substitutions behind its clear
    /// corrections of unknown words (ซ read for ช in ประซาซน, ราซการ …) are
    /// made cheaper, so the same confusion in a real word (เซ่น for เช่น) can
    /// reach the margin. A clean document shows no such evidence and is
    /// decoded with the model as it is.
    public func adapted(to lines: [[Unicode.Scalar]]) -> any RepairStage {
        adapted(to: lines, edits: [], facts: LineFacts(lineCount: lines.count))
    }

    /// As ``adapted(to:)``, surveying again only the lines that changed since `previous` was adapted.
    public func readapted(_ previous: any RepairStage, to lines: [[Unicode.Scalar]], edits: [Edit]) -> any RepairStage {
        readapted(previous, to: lines, edits: edits, facts: LineFacts(lineCount: lines.count))
    }

    /// As ``adapted(to:)``, taking each line's garbled tokens and names from `facts` (found there
    /// once for all the stages that ask).
    public func adapted(to lines: [[Unicode.Scalar]], edits: [Edit], facts: LineFacts) -> any RepairStage {
        let surveyor = self.surveyor
        return tuned(to: lines, surveys: LineAnalysis(lines) { index, line in surveyor.survey(line, at: index, facts: facts) })
    }

    /// As ``readapted(_:to:edits:)``, with `facts` (see ``adapted(to:edits:facts:)``).
    public func readapted(_ previous: any RepairStage, to lines: [[Unicode.Scalar]], edits: [Edit], facts: LineFacts) -> any RepairStage {
        let surveyor = self.surveyor
        return tuned(to: lines, surveys: LineAnalysis(lines, reusing: (previous as? CorrectLexicalErrors)?.surveys) { index, line in
            surveyor.survey(line, at: index, facts: facts)
        })
    }

    /// What the document teaches, from its lines and their surveys.
    struct Adaptation: Equatable, Sendable {
        var noisy: Bool
        var searchesRealWords: Bool
        var fragmented: Bool
        var substitutions: [ConfusionModel.SubstitutionPair: Int]
    }

    /// Clear corrections of unknown words in one line: how many, the letters they put back,
    /// and all the surveyor proposed and reported there.
    struct LineSurvey: Sendable {
        var corrected = 0
        var substitutions: [ConfusionModel.SubstitutionPair] = []
        var output = StageOutput()
    }

    /// The stage that surveys: corrections only around unknown words, where they are clear.
    var surveyor: CorrectLexicalErrors {
        CorrectLexicalErrors(
            decoder: NoisyChannelDecoder(copying: decoder, model: decoder.model, searchesRealWords: false), names: names)
    }

    /// Line `index` of a document surveyed, its garbled tokens and names taken from `facts`
    /// (call on ``surveyor``).
    func survey(_ line: [Unicode.Scalar], at index: Int, facts: LineFacts) -> LineSurvey {
        var output = StageOutput()
        repair(line, garbled: facts.garbledTokens(at: index, of: line), named: facts.names(at: index, of: line, by: names).protectedRanges,
               into: &output)
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

    func tuned(to lines: [[Unicode.Scalar]], surveys: LineAnalysis<LineSurvey>) -> CorrectLexicalErrors {
        var substitutions: [ConfusionModel.SubstitutionPair: Int] = [:]
        var corrected = 0
        for survey in surveys.values {
            corrected += survey.corrected
            for pair in survey.substitutions { substitutions[pair, default: 0] += 1 }
        }
        // A document with no clear OCR errors gets no real-word search: there, a real word
        // is much more likely meant than misread. Noise is a rate, not a count.
        // A short text is too short to tell; it keeps the search.
        let scalars = lines.reduce(0) { $0 + $1.count }
        let noisy = corrected >= Self.noisyDocumentCorrections
            && Double(corrected) * 10_000 >= Self.noisyCorrectionsPer10k * Double(scalars)
        let searchesRealWords = noisy || scalars < Self.shortDocumentScalars
        // pdftotext can break lines before marks ("เข" / "ียนท"): then every line edge may cut a word.
        let thaiLines = lines.filter { $0.contains(where: ThaiScript.isConsonant) }
        let cut = thaiLines.count { line in line.first { !$0.isWhitespace }.map(ThaiScript.cannotStartWord) ?? false }
        let fragmented = !thaiLines.isEmpty && Double(cut) >= Self.fragmentedLineShare * Double(thaiLines.count)
        var adapted = CorrectLexicalErrors(
            decoder: NoisyChannelDecoder(
                copying: decoder, model: noisy ? decoder.model.adapted(to: substitutions) : decoder.model,
                searchesRealWords: searchesRealWords),
            names: names)
        adapted.linesAreFragmented = fragmented
        adapted.adaptation = Adaptation(noisy: noisy, searchesRealWords: searchesRealWords, fragmented: fragmented,
                                        substitutions: noisy ? substitutions : [:])
        adapted.surveys = surveys
        // A clean document is repaired exactly as it was surveyed: reuse the survey.
        adapted.repairsAsSurveyed = !noisy && !searchesRealWords && !fragmented
        return adapted
    }

    public func repairsLike(_ other: any RepairStage) -> Bool {
        guard let other = other as? CorrectLexicalErrors, let adaptation else { return false }
        return adaptation == other.adaptation
    }

    /// Clear corrections of unknown words that mark a document as OCR-noisy: at
    /// least this many, and at least ``noisyCorrectionsPer10k`` per 10,000 scalars
    /// (the OCR'd seed 004 has about 50; the clean seeds well under 1).
    static let noisyDocumentCorrections = 3
    /// Below this length a document's noise cannot be estimated.
    static let shortDocumentScalars = 5_000
    static let noisyCorrectionsPer10k = 1.0

    static let unknownWordNote = "not in the lexicon"
    static let realWordNote = "real-word error, fixed from context"

    /// A clean document is repaired as it was surveyed: a surveyed line the survey found nothing
    /// in, still as it was, is not the stage's.
    public func mayRepair(_ line: [Unicode.Scalar], atLine index: Int) -> Bool {
        !(repairsAsSurveyed && surveys.holds(at: index, ifStill: line) { $0.output.repairs.isEmpty && $0.output.findings.isEmpty })
    }

    /// Line `index` as it was surveyed, when it has not changed since: the survey's repairs.
    public func repair(_ line: [Unicode.Scalar], atLine index: Int, into output: inout StageOutput) {
        if repairsAsSurveyed, let survey = surveys.value(at: index, ifStill: line) {
            output.repairs += survey.output.repairs
            output.findings += survey.output.findings
            return
        }
        repair(line, into: &output)
    }

    public func repair(_ line: [Unicode.Scalar], into output: inout StageOutput) {
        repair(line, garbled: GarbledEnglishDetector.garbledTokens(in: line), named: names.protectedRanges(in: line), into: &output)
    }

    /// Repairs `line`, whose `garbled` English tokens and `named` names are left as they are (both
    /// asked only of a line with a Thai consonant).
    func repair(_ line: [Unicode.Scalar], garbled: @autoclosure () -> [Range<Int>], named: @autoclosure () -> [Range<Int>],
                into output: inout StageOutput) {
        guard line.contains(where: ThaiScript.isConsonant) else { return }
        var allowed = [Bool](repeating: true, count: line.count)
        // English garbled into Thai-looking text is RecoverGarbledEnglish's; never "correct" it into Thai.
        for range in named() + garbled() + Self.abbreviations(in: line, lexicon: decoder.lexicon) {
            for index in range { allowed[index] = false }
        }
        var candidates = runs(in: line, allowed: allowed)
        // A run starting with a mark or ะ า ำ is the tail of a word cut by a line break or
        // a bad extraction: not a word to correct.
        candidates.removeAll { ThaiScript.cannotStartWord(line[$0.lowerBound]) }
        if linesAreFragmented, let last = candidates.last, !line[last.upperBound...].contains(where: ThaiScript.isConsonant) {
            candidates.removeLast()
        }
        for run in candidates {
            for correction in decoder.corrections(in: line, run: run, allowed: allowed) {
                if correction.accepted {
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

    /// Abbreviations and acronyms, which are not misspelled words: the short
    /// pieces of Thai letters touching a full stop (`พ.ศ.`, `จปฐ.`), and runs of
    /// two to five consonants that are not words (`สพร`, `กชช`, the `ปปปป` of a
    /// date placeholder `วว/ดด/ปปปป`).
    ///
    /// One pass over the runs of Thai letters: a run touching a full stop is the piece on that
    /// side of it.
    static func abbreviations(in line: [Unicode.Scalar], lexicon: Lexicon) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        line.withUnsafeBufferPointer { line in
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
                if touchesStop, length <= 4 {
                    ranges.append(start..<end)
                } else if consonantsOnly, (2...5).contains(length), !lexicon.contains(line[start..<end]) {
                    ranges.append(start..<end)
                }
                start = end
            }
        }
        return ranges
    }

    /// Runs of Thai letters and marks, joined across single spaces and stray
    /// punctuation that stand between Thai letters.
    func runs(in line: [Unicode.Scalar], allowed: [Bool]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        let insertable = insertable
        line.withUnsafeBufferPointer { line in
            allowed.withUnsafeBufferPointer { allowed in
                let count = line.count
                /// Position `i` (inside the line) holds a letter that may change.
                @inline(__always) func isLetter(_ i: Int) -> Bool { allowed[i] && ThaiScript.isWordCharacter(line[i]) }
                var index = 0
                while index < count {
                    guard isLetter(index) else { index &+= 1; continue }
                    var end = index &+ 1
                    // The scalar before `end` is always a letter here: a space or stray mark is
                    // passed over only with a letter after it.
                    while end < count {
                        if isLetter(end) {
                            end &+= 1
                        } else if end &+ 1 < count, line[end].isSpace || insertable.contains(line[end]), isLetter(end &+ 1) {
                            end &+= 2
                        } else {
                            break
                        }
                    }
                    runs.append(index..<end)
                    index = end
                }
            }
        }
        return runs
    }
}
