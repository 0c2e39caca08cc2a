import Foundation
import Testing
@testable import ThaiNorm

@Suite("Pipeline")
struct PipelineTests {
    /// Places in the clean seeds that were wrong in the source (corpus/known-errors.tsv): file, line, text.
    static func knownErrors() throws -> [(file: String, line: Int, text: String)] {
        let table = try String(contentsOf: Repository.corpus.appending(path: "known-errors.tsv"), encoding: .utf8)
        return Lines.split(table).map { Substring($0.content) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }.map { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(fields[0]), Int(fields[1]) ?? 0, String(fields[2]))
        }
    }

    @Test("clean text is left alone: the dev gold unchanged, seeds 000–003 changed at most 1 character in 10,000 outside their listed genuine errors")
    func doNoHarm() throws {
        let known = try Self.knownErrors()
        let seeds = Repository.cleanSeeds()
        #expect(seeds.count == 4, "seeds 000–003 are bundled in corpus/")
        var changed = 0, total = 0
        for file in seeds {
            let text = try Repository.text(file)
            total += text.unicodeScalars.count
            for edit in Normalizer().normalize(text).edits {
                let listed = known.contains { $0.file == file.lastPathComponent && $0.line == edit.line && $0.text.contains(edit.before) }
                if !listed {
                    changed += max(edit.before.unicodeScalars.count, edit.after.unicodeScalars.count)
                    Issue.record("\(file.lastPathComponent):\(edit.line): \(edit.stage) changed '\(edit.before)' to '\(edit.after)'")
                }
            }
        }
        #expect(changed * 10_000 <= total, "\(changed) of \(total) characters changed")
        if let gold = Repository.devFile("004-dev.gold.txt") {
            let text = try Repository.text(gold)
            let result = Normalizer().normalize(text)
            #expect(sameScalars(result.text, text), "the dev gold was changed: \(result.edits.prefix(3))")
        }
    }

    @Test("every listed genuine error is really in its seed")
    func knownErrorsAreReal() throws {
        for error in try Self.knownErrors() {
            let text = try Repository.text(Repository.corpus.appending(path: error.file))
            let line = Lines.split(text)[error.line - 1]
            #expect(String(String.UnicodeScalarView(line.content)).contains(error.text), "\(error.file):\(error.line)")
        }
    }

    @Test("normalizing twice gives the same text as once (every corpus file)")
    func idempotent() throws {
        var files = Repository.corpusFiles()
        if let noisy = Repository.devFile("004-dev.noisy.txt") { files.append(noisy) }
        #expect(files.count >= 5)
        for file in files {
            for normalizer in [Normalizer(), Normalizer.everyEdit] {
                let once = normalizer.normalize(try Repository.text(file)).text
                let twice = normalizer.normalize(once)
                #expect(sameScalars(twice.text, once), "\(file.lastPathComponent)")
                // Held-back edits are proposed again (and held back again); none is applied.
                let applied = twice.edits.filter(\.applied)
                #expect(applied.isEmpty, "\(file.lastPathComponent): \(applied.prefix(3))")
            }
        }
    }

    @Test("fuzz finding: a run of one letter, once repaired further on each normalization, is stable")
    func idempotentOnRepeatedLetter() throws {
        // Found by scripts/fuzz and minimised by libFuzzer (docs/fuzzing.md): TIS-620 bytes
        // BE D7 BE BE BE BE BE BE BE BE BE, "พื" and nine "พ". CorrectLexicalErrors made one repair
        // a round, each possible only after the last (พื → พี, พีพ → พีท, ทพ → ทัพ, ทัพพ → ทัพพี, …),
        // past Normalizer.maximumPasses. No such repair reads better in context (the language
        // model's floor, CorrectLexicalErrors.Parameters.minimumContextGain): the chain never starts.
        let input = try InputDecoder.decode([0xBE, 0xD7] + [UInt8](repeating: 0xBE, count: 9))
        #expect(input.encoding == .tis620)
        let once = Normalizer.everyEdit.normalize(input).text
        let twice = Normalizer.everyEdit.normalize(once).text
        #expect(sameScalars(twice, once), "\(once.debugDescription) → \(twice.debugDescription)")
    }

    @Test("replaying the recorded edits onto the input gives the output")
    func replay() throws {
        let damaged = Repository.corpusFiles().filter { $0.lastPathComponent.hasPrefix("004") }
        #expect(!damaged.isEmpty)
        for file in damaged {
            let input = try Repository.text(file)
            let result = Normalizer().normalize(input)
            #expect(result.edits.count > 100, "seed 004 needs many repairs")
            #expect(sameScalars(try EditReplay.apply(result.edits, to: input), result.text))
        }
    }

    @Test("edits below the minimum confidence are reported, not applied, and replay still holds")
    func minimumConfidence() throws {
        let input = "ไ ด ้แ ต ่งต ั้งค ณ ะ ท ี่ ข ้อ\nท่ี"
        let strict = Normalizer(configuration: NormalizerConfiguration(minimumConfidence: 0.99))
        let result = strict.normalize(input)
        let skipped = result.edits.filter { !$0.applied }
        #expect(!skipped.isEmpty)
        #expect(skipped.allSatisfy { $0.confidence < 0.99 })
        #expect(result.edits.filter(\.applied).allSatisfy { $0.confidence >= 0.99 })
        #expect(result.edits.contains { $0.applied && $0.stage == "JoinSpreadLetters" })
        #expect(sameScalars(try EditReplay.apply(result.edits, to: input), result.text))
    }

    @Test("a held-back edit is listed once, though later rounds and passes propose it again")
    func heldBackListedOnce() {
        let result = Normalizer(configuration: NormalizerConfiguration(minimumConfidence: 0.999)).normalize("ท่ี ๑ คําส่ัง\nท่ี\n")
        let heldBack = result.edits.filter { !$0.applied }
        #expect(!heldBack.isEmpty)
        let keys = heldBack.map { "\($0.stage) \($0.line):\($0.column) \($0.before)→\($0.after)" }
        #expect(Set(keys).count == keys.count, "\(keys)")
    }

    @Test("lines are preserved: same count, same terminators, line i repairs line i")
    func linesPreserved() {
        let input = "ท่ี\r\n\nคําสั่ง\n"
        let result = Normalizer.everyEdit.normalize(input)
        #expect(sameScalars(result.text, "ที่\r\n\nคำสั่ง\n"))
        #expect(result.edits.map(\.line) == [1, 3])
    }

    @Test("empty text and text with nothing to repair")
    func emptyAndNoMatch() {
        #expect(Normalizer().normalize("").text == "")
        #expect(Normalizer().normalize("").edits.isEmpty)
        let plain = "The quick brown fox. 123"
        #expect(Normalizer().normalize(plain).text == plain)
    }

    @Test("edits carry stage, 1-based line and column, before, after and confidence")
    func editShape() throws {
        let result = Normalizer().normalize("x\nก ท่ี")
        let edit = try #require(result.edits.first)
        #expect(edit.stage == "ReorderThaiMarks")
        #expect(edit.line == 2)
        #expect(edit.column == 4)
        #expect(edit.length == 2)
        #expect(edit.before == "\u{0E48}\u{0E35}")
        #expect(edit.after == "\u{0E35}\u{0E48}")
        // The stage's own score, and the confidence calibrated for such an edit.
        // Applied when its confidence reaches the default minimum (0.99); held back otherwise.
        #expect(edit.score == 0.99 && edit.confidence > 0.5)
        #expect(edit.applied == (edit.confidence >= NormalizerConfiguration().minimumConfidence))
        #expect(edit.evidence == "ReorderThaiMarks|marks out of order|toneMoved|known|2")
    }

    @Test("disabled stages do not run; custom pipelines run exactly their stages")
    func composition() {
        var configuration = NormalizerConfiguration()
        configuration.disabledStages = ["ReorderThaiMarks", "CorrectLexicalErrors"]
        #expect(sameScalars(Normalizer(configuration: configuration).normalize("ท่ี").text, "ท่ี"))
        #expect(sameScalars(Normalizer(stages: [ComposeSaraAm()]).normalize("ท่ี นํ้า").text, "ท่ี น้ำ"))
    }

    @Test("random Thai-like text: idempotent, replayable, and no Thai letter is lost",
          arguments: [(NormalizerConfiguration(disabledStages: ["RecoverGarbledEnglish"]), 300),
                      (NormalizerConfiguration(), 12)])
    func randomText(configuration: NormalizerConfiguration, count: Int) throws {
        // The English stage searches a large vocabulary for every garbled token, and random
        // text is nothing but garbled tokens: it gets a smaller sample.
        var generator = SeededGenerator(seed: 2566)
        let alphabet = Array("กขคงจฉชซญฐณดตถทนบปผพฟภมยรลวศษสหอฮเแโใไะาำ ิ ี ึ ื ุ ู ่ ้ ๊ ๋ ็ ์ ํ ัๆฯ๑๒ abc1.()'".unicodeScalars)
        let normalizer = Normalizer(configuration: configuration)
        for _ in 0..<count {
            let length = Int.random(in: 0..<60, using: &generator)
            let input = String(String.UnicodeScalarView((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
            let result = normalizer.normalize(input)
            #expect(sameScalars(normalizer.normalize(result.text).text, result.text), "not idempotent: \(input.debugDescription)")
            #expect(sameScalars(try EditReplay.apply(result.edits, to: input), result.text))
            // RecoverGarbledEnglish replaces Thai-looking garbage with Latin letters by design (recorded as edits);
            // every other stage must keep every Thai letter.
            if configuration.disabledStages.contains("RecoverGarbledEnglish") {
                #expect(letterWeight(result.text) >= letterWeightOfInput(input), "a letter was lost: \(input.debugDescription) → \(result.text.debugDescription)")
            }
        }
    }

    /// Thai letters: consonants and leading vowels. Letters may be corrected into
    /// other letters or restored, never dropped; the input is counted with `เเ`
    /// already read as the one letter `แ` it stands for.
    private func letterWeight(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            total + (ThaiScript.isConsonant(scalar) || ThaiScript.isLeadingVowel(scalar) ? 1 : 0)
        }
    }

    private func letterWeightOfInput(_ text: String) -> Int {
        letterWeight(String(String.UnicodeScalarView(collapsingSaraE(Array(text.unicodeScalars)))))
    }

    private func collapsingSaraE(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in scalars {
            if scalar == ThaiScript.saraE, result.last == ThaiScript.saraE { result[result.count - 1] = ThaiScript.saraAe } else { result.append(scalar) }
        }
        return result
    }

    @Test("a multi-megabyte line is processed (linear stages, no limit on line length)")
    func hugeLine() {
        let unit = "ไ ด ้แ ต ่งต ั้ง ท่ี นํ้า ABC 123 "
        let line = String(repeating: unit, count: 60_000)   // about 2 MB of UTF-8
        let result = Normalizer.everyEdit.normalize(line)
        // Compare bytes, not Characters, and keep the 2 MB string out of failure messages.
        let lineCount = Lines.split(result.text).count
        let joined = containsBytes(result.text, "ได้แต่งตั้ง")
        let misordered = containsBytes(result.text, "ท\u{0E48}\u{0E35}")
        #expect(lineCount == 1)
        #expect(joined)
        #expect(!misordered)
    }
}

/// A small deterministic random generator (SplitMix64) so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Counts the lines it is asked to repair; changes nothing.
private final class LineCounter: RepairStage, @unchecked Sendable {
    let name = "LineCounter"
    let summary = "Counts lines."
    let scope = StageScope.everyLine
    private let lock = NSLock()
    private var seen: [String] = []
    var lines: [String] { lock.withLock { seen } }
    func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        lock.withLock { seen.append(String(String.UnicodeScalarView(line))) }
        if line.first == "?" { output.report(at: 0, "a question") }
    }
}


@Suite("Passes")
struct PassTests {
    @Test("a later pass repairs only the lines the last one changed; the others keep their findings")
    func laterPassesSkipSettledLines() {
        let counter = LineCounter()
        let result = Normalizer(stages: [counter, OneXPerPass()]).normalize("?a\nxx\nb")
        #expect(result.text == "?a\nyy\nb")
        // Pass 1 sees all three lines, pass 2 and 3 only the changed one.
        #expect(counter.lines == ["?a", "xx", "b", "yx", "yy"])
        #expect(result.findings.map(\.line) == [1])
        #expect(Set(result.edits.map(\.pass)) == [1, 2])
    }

    @Test("the lexical stage adapts alike to one document twice, and otherwise to a document cut inside words")
    func lexicalAdaptation() {
        let stage = CorrectLexicalErrors()
        func adaptation(_ text: [String]) -> CorrectLexicalErrors.Adaptation {
            let lines = text.map { Array($0.unicodeScalars) }
            return stage.adaptation(to: DocumentSurvey(lines: lines, surveys: lines.map { stage.survey($0, in: .alone) }, edits: []))
        }
        let whole = ["ประชาชนทั่วไป", "เรียนทั่วไป"], cut = ["ประชาชนทั่วไป", "ียนทั่วไป"]
        #expect(adaptation(whole) == adaptation(whole))
        #expect(adaptation(cut) == adaptation(cut))
        #expect(adaptation(whole) != adaptation(cut))
    }

    @Test("a line analysis is redone only for changed lines, and answers only for a line as it saw it")
    func lineAnalysisReuse() {
        var analysed: [String] = []
        let count = { (line: [Unicode.Scalar]) -> Int in analysed.append(line.string); return line.count }
        let lines = ["ก", "ขข", "คคค"].map { Array($0.unicodeScalars) }
        let first = LineAnalysis(lines, count)
        #expect(first.values == [1, 2, 3])
        var changed = lines
        changed[1] = Array("ขขขข".unicodeScalars)
        let second = LineAnalysis(changed, reusing: first, count)
        #expect(second.values == [1, 4, 3])
        #expect(analysed == ["ก", "ขข", "คคค", "ขขขข"])
        #expect(second.value(at: 1, ifStill: changed[1]) == 4)
        #expect(second.value(at: 1, ifStill: lines[1]) == nil)   // not the line it saw
        #expect(second.value(at: 7, ifStill: lines[0]) == nil)   // no such line
        // Another number of lines: nothing is reused; nothing analysed: no answers.
        _ = LineAnalysis(Array(changed.prefix(2)), reusing: second, count)
        #expect(analysed.count == 6)
        #expect(LineAnalysis<Int>().value(at: 0, ifStill: []) == nil)
    }
}

@Suite("Stage kinds")
struct StageKindTests {
    @Test("the pipeline has stages of both kinds, and every stage's scope runs it at least once")
    func kinds() {
        #expect(Pipeline.stages().contains { $0 is any DocumentAdaptiveStage })
        #expect(Pipeline.stages().contains { !($0 is any DocumentAdaptiveStage) })
        #expect(Pipeline.stages().allSatisfy { $0.scope.rounds >= 1 })
    }

    @Test("each adaptive stage of the pipeline has the specialized code of PreparedStage (else it runs slower)")
    func adaptiveStagesAreSpecialized() throws {
        let source = try String(contentsOf: Repository.root.appending(path: "Sources/ThaiNorm/Pipeline/PreparedStage.swift"), encoding: .utf8)
        let adaptive = Pipeline.stages().filter { $0 is any DocumentAdaptiveStage }.map(\.name)
        #expect(adaptive.count == 10)
        for name in adaptive {
            #expect(source.components(separatedBy: "@_specialize(where Stage == \(name))").count == 3, "\(name)")
        }
    }

    @Test("the normalizer's reuse changes nothing: the same results when no stage ever repairs like its last pass")
    func reuseChangesNothing() throws {
        let normalizer = Normalizer()
        try expectSameNormalization(normalizer, Normalizer(stages: normalizer.stages.map(neverRepeating)))
    }
}

/// `stage`, made to adapt to each pass anew, never like the last: the normalizer then repairs
/// every line it admits in every pass, reusing nothing.
private func neverRepeating(_ stage: any RepairStage) -> any RepairStage {
    if let adaptive = stage as? any DocumentAdaptiveStage { return neverRepeatingAdaptive(adaptive) }
    return NeverRepeats(stage: AsAdaptive(stage: stage))
}

private func neverRepeatingAdaptive<Stage: DocumentAdaptiveStage>(_ stage: Stage) -> any RepairStage {
    NeverRepeats(stage: stage)
}

/// A stage that repairs each line alone, as an adaptive stage that learns nothing.
private struct AsAdaptive: DocumentAdaptiveStage {
    let stage: any RepairStage
    var name: String { stage.name }
    var summary: String { stage.summary }
    var scope: StageScope { stage.scope }
    func survey(_ line: [Unicode.Scalar], in context: LineContext) -> Bool { true }
    func adaptation(to document: DocumentSurvey<Bool>) -> Int { 0 }
    func repair(_ line: [Unicode.Scalar], surveyed: Bool, adaptation: Int, in context: LineContext, into output: inout StageOutput) {
        stage.repair(line, in: context, into: &output)
    }
}

/// `stage`, whose adaptations are never equal.
private struct NeverRepeats<Stage: DocumentAdaptiveStage>: DocumentAdaptiveStage {
    let stage: Stage
    var name: String { stage.name }
    var summary: String { stage.summary }
    var scope: StageScope { stage.scope }

    struct Unequal: Equatable, @unchecked Sendable {
        let adaptation: Stage.Adaptation
        static func == (a: Unequal, b: Unequal) -> Bool { false }
    }

    func survey(_ line: [Unicode.Scalar], in context: LineContext) -> Stage.LineSurvey { stage.survey(line, in: context) }
    func adaptation(to document: DocumentSurvey<Stage.LineSurvey>) -> Unequal { Unequal(adaptation: stage.adaptation(to: document)) }
    func repair(_ line: [Unicode.Scalar], surveyed: Stage.LineSurvey, adaptation: Unequal, in context: LineContext,
                into output: inout StageOutput) {
        stage.repair(line, surveyed: surveyed, adaptation: adaptation.adaptation, in: context, into: &output)
    }
}

@Suite("Lines")
struct LineSplittingTests {
    @Test("scalarLines gives the lines of split, decoded", arguments: [
        "", "\n", "a", "a\n", "a\r\nb", "a\r\nb\r\n", "\r", "a\rb\n", "ที่ ๑\nคำสั่ง\r\n\r\n", "😀 e\u{301}\u{0E33}\n\u{FEFF}x",
        // Lines longer than the decoder's first scratch space, after a short one.
        "ก\n" + String(repeating: "ที่ a😀", count: 200) + "\r\n" + String(repeating: "x", count: 5_000),
    ])
    func sameAsSplit(_ text: String) {
        let fast = Lines.scalarLines(text)
        let reference = Lines.split(text)
        #expect(fast.lines == reference.map { Array($0.content) })
        #expect(fast.carriageReturns == reference.map(\.hasCarriageReturn))
        // Joining gives the text back, byte for byte; so does a string made from each line's scalars.
        #expect(Array(Lines.joined(fast.lines, carriageReturns: fast.carriageReturns).utf8) == Array(text.utf8))
        #expect(Lines.joinedUTF8(fast.lines, carriageReturns: fast.carriageReturns) == Array(text.utf8))
        for (line, reference) in zip(fast.lines, reference) {
            #expect(Array(String(scalars: line).utf8) == Array(String(Substring(reference.content)).utf8))
        }
        // Lines still as decoded are copied from the text's bytes, the others encoded: the same bytes.
        let decoded = Lines.decodedLines(text)
        var changed = decoded.lines
        for index in changed.indices where index % 2 == 1 { changed[index] = Array(changed[index]) + ["ก"] }
        #expect(Lines.joinedUTF8(changed, carriageReturns: decoded.carriageReturns, unchangedFrom: decoded)
                == Lines.joinedUTF8(changed, carriageReturns: decoded.carriageReturns))
        #expect(Lines.joinedUTF8(decoded.lines, carriageReturns: decoded.carriageReturns, unchangedFrom: decoded) == Array(text.utf8))
    }

    @Test("a Thai word character is a letter, vowel or mark of the block (not a digit, ฯ ๆ ฿ ๏ ๚ ๛ or an unassigned point); a combining mark is an above or below vowel, a tone or a sign")
    func wordCharacters() {
        for value in UInt32(0x0D80)...0x0F00 {
            let scalar = Unicode.Scalar(value)!
            let kind = ThaiScript.kind(of: scalar)
            #expect(ThaiScript.isWordCharacter(scalar) == (kind != nil && kind != .digit && kind != .other), "U+\(String(value, radix: 16))")
            let combining: Set<ThaiScript.Kind?> = [.aboveVowel, .belowVowel, .tone, .sign]
            #expect(ThaiScript.isCombiningMark(scalar) == combining.contains(kind), "U+\(String(value, radix: 16))")
        }
        for scalar in ["a", " ", ".", "😀", "\u{0E2F}", "\u{0E46}", "\u{0E3F}"] as [Unicode.Scalar] { #expect(!ThaiScript.isWordCharacter(scalar)) }
    }

    @Test("a scalar set answers for ASCII, Thai and other members, and for non-members")
    func scalarSet() {
        let set: ScalarSet = "a.\u{0E01}\u{0E4B}\u{2018}😀"
        for member in ["a", ".", "\u{0E01}", "\u{0E4B}", "\u{2018}", "😀"] as [Unicode.Scalar] { #expect(set.contains(member)) }
        for other in ["b", "\0", "\u{7F}", "\u{0E00}", "\u{0E02}", "\u{0E7F}", "\u{0E80}", "\u{2019}", "\u{10FFFF}"] as [Unicode.Scalar] {
            #expect(!set.contains(other))
        }
        let empty: ScalarSet = ""
        #expect(!empty.contains("a") && !empty.contains("\u{0E01}") && !empty.contains("😀"))
    }
}

@Suite("Line facts")
struct LineFactsTests {
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test("a fact is what the detector or the guard finds, kept for the line it was found in and found again for another")
    func keptWhileTheLineIsTheSame() {
        let facts = LineFacts(lineCount: 2)
        let garbled = scalars("โทร 0ลแ ^6ก1:6โ นายสมบัติ อยู่สบาย")
        #expect(facts.garbledTokens(at: 0, of: garbled) == GarbledEnglishDetector.garbledTokens(in: garbled))
        #expect(!facts.garbledTokens(at: 0, of: garbled).isEmpty)
        #expect(facts.garbledTokens(at: 0, of: garbled) == GarbledEnglishDetector.garbledTokens(in: garbled))
        // Line 0 changed: read again, not the fact kept.
        let clean = scalars("โทร Call Center นายสมบัติ อยู่สบาย")
        #expect(facts.garbledTokens(at: 0, of: clean).isEmpty)
        let guardian = NameGuard.shared
        #expect(facts.names(at: 1, of: garbled, by: guardian).protectedRanges == guardian.protectedRanges(in: garbled))
        #expect(facts.names(at: 1, of: clean, by: guardian).protectedRanges == guardian.protectedRanges(in: clean))
        #expect(facts.names(at: 1, of: clean, by: guardian).matches == guardian.names(in: clean))
        // Beyond the lines it was made for, a fact is found, not kept.
        #expect(facts.garbledTokens(at: 5, of: garbled) == GarbledEnglishDetector.garbledTokens(in: garbled))
        #expect(LineFacts(lineCount: 0).names(at: 0, of: clean, by: guardian).matches == guardian.names(in: clean))
    }
}
