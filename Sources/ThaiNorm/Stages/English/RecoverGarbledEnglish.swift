import Foundation

/// Recovers English terms that OCR turned into Thai-looking garbage
/// (`0ลแ ^6ก1:6โ` → `Call Center`, `(26โ0 พล5*6)` → `(Zero Waste)`).
///
/// Spans come from ``GarbledEnglishDetector``. Each token (brackets and a
/// trailing colon set aside) is decoded by ``EnglishTermDecoder``; glossary
/// phrases across tokens (`Call Center`, `Business Continuity Plan`) compete
/// with single words in a small dynamic programme against *keeping* the
/// token, which costs ``keepCostPerCharacter`` per character. A single word
/// must also beat the next reading of its token by ``minimumMargin``. A
/// token is replaced only when its reading is cheaper than keeping it;
/// otherwise it stays, and a finding lists the best guesses with their costs.
///
/// Complexity: only spans are decoded; the rest of the line is a linear scan.
public struct RecoverGarbledEnglish: DocumentAdaptiveStage, ComparableAdaptation {
    static let closers: ScalarSet = ").,:"
    public let name = "RecoverGarbledEnglish"
    public let summary = "Recover English terms that OCR turned into Thai-looking characters (0ลแ → Call)."

    /// The letter shapes the decoder was adapted to (nil: the decoder as configured).
    var teaching: [String: Int]?
    /// The garbled spans of each line adapted to.
    var spans = LineAnalysis<[[Range<Int>]]>()
    /// Built only when a document has garbled English: loading the vocabulary takes a while.
    private let deferredDecoder: Deferred<EnglishTermDecoder>
    var decoder: EnglishTermDecoder { deferredDecoder.value }
    /// The decoder of the stage as configured, which adaptations start from.
    private let deferredBase: Deferred<EnglishTermDecoder>
    /// What keeping a garbled token costs per observed character; a reading must beat it.
    public var keepCostPerCharacter: Float = 2.5
    /// A single word must beat the next reading of its token by this much.
    public var minimumMargin: Float = 0.5
    /// What reading two tokens as one word split by OCR costs on top of the word.
    public var splitWordCost: Float = 2.0
    /// How much cheaper a glossary phrase is per extra word it joins.
    public var phraseBonusPerWord: Float = 2.0

    public init(decoder: @autoclosure @escaping @Sendable () -> EnglishTermDecoder = EnglishTermDecoder()) {
        deferredDecoder = Deferred(decoder)
        deferredBase = deferredDecoder
    }

    /// A token's decodable core and what surrounds it.
    struct Core {
        var range: Range<Int>
        var observed: [Unicode.Scalar]
        var candidates: [EnglishTermDecoder.Candidate]
        var keepCost: Float
    }

    /// Reading a token changes the spans around it; run until nothing changes.
    public var maximumRounds: Int { 3 }

    /// Tokens this short are read alone only when nearly exact.
    static let shortToken = 3
    static let shortTokenCostPerCharacter: Float = 1.2

    /// When the decoder may stop searching a token: once its best reading would be taken over
    /// keeping the token and stands out from every other by ``minimumMargin``. The decisions
    /// below read only the best reading and whether the next is within the margin, and the
    /// guesses a finding lists are those of tokens kept, whose searches never settle.
    var settling: EnglishTermDecoder.Settling {
        .init(costPerCharacter: keepCostPerCharacter, shortLength: Self.shortToken,
              shortCostPerCharacter: Self.shortTokenCostPerCharacter, margin: minimumMargin)
    }

    /// Readings at least this confident teach the document's channel.
    static let teachingConfidence = 0.8
    /// Single-word readings less confident than this are reported and the span is kept.
    static let acceptanceConfidence = 0.95

    /// Tunes the lookalike channel to the document: the letter shapes behind its
    /// confident readings (this engine writes e as 6, r as โ …) become cheaper,
    /// and the document is read again. Twice, as in EM.
    public func adapted(to lines: [[Unicode.Scalar]]) -> any RepairStage {
        adapted(to: lines, edits: [], facts: LineFacts(lineCount: lines.count))
    }

    /// As ``adapted(to:)``, finding spans again only in the lines that changed since `previous` was adapted.
    public func readapted(_ previous: any RepairStage, to lines: [[Unicode.Scalar]], edits: [Edit]) -> any RepairStage {
        readapted(previous, to: lines, edits: edits, facts: LineFacts(lineCount: lines.count))
    }

    /// As ``adapted(to:)``, with the garbled tokens of each line kept in `facts` for the lexical stage.
    public func adapted(to lines: [[Unicode.Scalar]], edits: [Edit], facts: LineFacts) -> any RepairStage {
        adapted(to: lines, spans: LineAnalysis(lines) { index, line in Self.spans(at: index, of: line, facts: facts) })
    }

    /// As ``readapted(_:to:edits:)``, with the garbled tokens of each line kept in `facts`.
    public func readapted(_ previous: any RepairStage, to lines: [[Unicode.Scalar]], edits: [Edit], facts: LineFacts) -> any RepairStage {
        adapted(to: lines, spans: LineAnalysis(lines, reusing: (previous as? RecoverGarbledEnglish)?.spans) { index, line in
            Self.spans(at: index, of: line, facts: facts)
        })
    }

    /// The spans of line `index`, from its garbled tokens as `facts` has them.
    static func spans(at index: Int, of line: [Unicode.Scalar], facts: LineFacts) -> [[Range<Int>]] {
        GarbledEnglishDetector.spans(in: line, garbled: facts.garbledTokens(at: index, of: line))
    }

    func adapted(to lines: [[Unicode.Scalar]], spans: LineAnalysis<[[Range<Int>]]>) -> RecoverGarbledEnglish {
        var stage = self
        stage.spans = spans
        for _ in 0..<2 {
            var counts: [String: Int] = [:]
            var taught = 0
            for (line, found) in zip(lines, spans.values) where !found.isEmpty {
                var output = StageOutput()
                stage.repair(line, spans: found, into: &output, accepting: Self.teachingConfidence)
                for repair in output.repairs where repair.confidence >= Self.teachingConfidence {
                    let observed = Array(line[repair.range])
                    let word = String(scalars: repair.replacement)
                    guard let pairs = stage.decoder.alignment(of: word, observed: observed) else { continue }
                    taught += 1
                    for (letter, emitted) in pairs {
                        counts[String(Character(letter)) + "\u{1F}" + String(scalars: emitted), default: 0] += 1
                    }
                }
            }
            guard taught >= 2 else { break }
            stage = RecoverGarbledEnglish(
                decoder: decoder.adapted(to: counts), base: deferredBase,
                keepCostPerCharacter: keepCostPerCharacter, minimumMargin: minimumMargin, phraseBonusPerWord: phraseBonusPerWord)
            stage.splitWordCost = splitWordCost
            stage.teaching = counts
            stage.spans = spans
        }
        return stage
    }

    init(decoder: EnglishTermDecoder, base: Deferred<EnglishTermDecoder>, keepCostPerCharacter: Float, minimumMargin: Float, phraseBonusPerWord: Float) {
        deferredDecoder = Deferred { decoder }
        deferredBase = base
        self.keepCostPerCharacter = keepCostPerCharacter
        self.minimumMargin = minimumMargin
        self.phraseBonusPerWord = phraseBonusPerWord
    }

    /// Adapted from the same configured stage to the same letter shapes: the same repairs.
    public func repairsLike(_ other: any RepairStage) -> Bool {
        guard let other = other as? RecoverGarbledEnglish else { return false }
        return other.deferredBase === deferredBase && other.teaching == teaching
            && other.keepCostPerCharacter == keepCostPerCharacter && other.minimumMargin == minimumMargin
            && other.splitWordCost == splitWordCost && other.phraseBonusPerWord == phraseBonusPerWord
    }

    public func repair(_ line: [Unicode.Scalar], into output: inout StageOutput) {
        repair(line, spans: GarbledEnglishDetector.spans(in: line), into: &output, accepting: Self.acceptanceConfidence)
    }

    /// A line found to hold no garbled span when adapting, still as it was, is not the stage's.
    public func mayRepair(_ line: [Unicode.Scalar], atLine index: Int) -> Bool {
        !spans.holds(at: index, ifStill: line) { $0.isEmpty }
    }

    /// Line `index` as adapted to, when it has not changed since: its spans are known.
    public func repair(_ line: [Unicode.Scalar], atLine index: Int, into output: inout StageOutput) {
        guard let found = spans.value(at: index, ifStill: line) else { return repair(line, into: &output) }
        repair(line, spans: found, into: &output, accepting: Self.acceptanceConfidence)
    }

    /// Repairs the garbled `spans` of `line`, writing readings at least `threshold` confident.
    /// Adaptation learns from readings a little less sure than those it writes.
    func repair(_ line: [Unicode.Scalar], spans: [[Range<Int>]], into output: inout StageOutput, accepting threshold: Double) {
        for span in spans {
            let cores = span.compactMap { core(of: $0, in: line) }
            guard !cores.isEmpty else { continue }
            decode(cores, in: line, into: &output, accepting: threshold)
        }
    }

    func core(of token: Range<Int>, in line: [Unicode.Scalar]) -> Core? {
        var lower = token.lowerBound, upper = token.upperBound
        while lower < upper, line[lower] == "(" { lower += 1 }
        while upper > lower, Self.closers.contains(line[upper - 1]) { upper -= 1 }
        guard upper - lower >= 2 else { return nil }
        let observed = Array(line[lower..<upper])
        guard GarbledEnglishDetector.isGarbled(observed[...]) else { return nil }
        return Core(range: lower..<upper, observed: observed, candidates: decoder.candidates(for: observed, settling: settling),
                    keepCost: keepCostPerCharacter * Float(observed.count))
    }

    func decode(_ cores: [Core], in line: [Unicode.Scalar], into output: inout StageOutput, accepting threshold: Double) {
        let k = cores.count
        // best[i]: cost of cores[..<i]; choice[i]: how cores ending at i were read.
        var best = [Float](repeating: .infinity, count: k + 1)
        var choice = [(start: Int, words: [String]?)](repeating: (0, nil), count: k + 1)
        best[0] = 0
        for i in 0..<k where best[i].isFinite {
            // Keep the token as it is.
            if best[i] + cores[i].keepCost < best[i + 1] {
                best[i + 1] = best[i] + cores[i].keepCost
                choice[i + 1] = (i, nil)
            }
            // The best single word, if it stands out from the next reading. Two or three garbled
            // characters are too little to read a word from alone (they fit many acronyms), unless
            // the reading is nearly exact; in a glossary phrase they may still be read.
            let candidates = cores[i].candidates
            let short = cores[i].observed.count <= Self.shortToken
            if let word = candidates.first,
               candidates.count < 2 || candidates[1].cost - word.cost >= minimumMargin,
               !short || word.cost <= Self.shortTokenCostPerCharacter * Float(cores[i].observed.count),
               best[i] + word.cost < best[i + 1] {
                best[i + 1] = best[i] + word.cost
                choice[i + 1] = (i, [word.word])
            }
            // One word that OCR split in two at a space (`6๐76โท๓ รก!:` → `Government`).
            if i + 1 < k, line[cores[i].range.upperBound..<cores[i + 1].range.lowerBound].allSatisfy(\.isWhitespace) {
                let joined = decoder.candidates(for: cores[i].observed + cores[i + 1].observed, settling: settling)
                if let word = joined.first, joined.count < 2 || joined[1].cost - word.cost >= minimumMargin {
                    let cost = word.cost + splitWordCost
                    if best[i] + cost < best[i + 2] {
                        best[i + 2] = best[i] + cost
                        choice[i + 2] = (i, [word.word])
                    }
                }
            }
            // Glossary phrases starting here.
            for phrase in decoder.vocabulary.phrases where i + phrase.keys.count <= k {
                var cost: Float = -phraseBonusPerWord * Float(phrase.keys.count - 1)
                for (m, key) in phrase.keys.enumerated() {
                    guard let c = decoder.cost(of: key, observed: cores[i + m].observed) else { cost = .infinity; break }
                    cost += c
                }
                let end = i + phrase.keys.count
                if cost.isFinite, best[i] + cost < best[end] {
                    best[end] = best[i] + cost
                    choice[end] = (i, phrase.display.split(separator: " ").map(String.init))
                }
            }
        }
        var j = k
        while j > 0 {
            let (start, words) = choice[j]
            let keep = cores[start..<j].reduce(Float(0)) { $0 + $1.keepCost }
            let chosen = best[j] - best[start]
            let confidence = 1 / (1 + exp(-Double(keep - chosen)))
            // A glossary phrase read across tokens is joint evidence; a single word needs to be surer.
            if let words, words.count == 1, confidence < threshold {
                // Garbage replaced by a wrong English word is worse than garbage kept.
                output.report(at: cores[start].range.lowerBound,
                              "kept Latin-like span '\(cores[start..<j].map { String(scalars: $0.observed) }.joined(separator: " "))'"
                              + "; best reading '\(words.joined(separator: " "))' is not sure enough (confidence \(String(format: "%.2f", confidence)))")
            } else if let words, words.count == 1, j - start == 2 {
                output.replace(cores[start].range.lowerBound..<cores[start + 1].range.upperBound,
                               with: Array(words[0].unicodeScalars), confidence: confidence,
                               note: "English garbled by OCR, split by a space")
            } else if let words {
                for (m, word) in words.enumerated() {
                    output.replace(cores[start + m].range, with: Array(word.unicodeScalars), confidence: confidence,
                                   note: "English garbled by OCR")
                }
            } else {
                let guesses = cores[start].candidates.prefix(3)
                    .map { "\($0.word) (\(String(format: "%.1f", $0.cost)))" }.joined(separator: ", ")
                output.report(at: cores[start].range.lowerBound,
                              "kept Latin-like span '\(String(scalars: cores[start].observed))'"
                              + (guesses.isEmpty ? "" : "; best guesses: \(guesses)"))
            }
            j = start
        }
    }
}
