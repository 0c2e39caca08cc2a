import Foundation

/// Recovers English terms that OCR turned into Thai-looking garbage
/// (`0ลแ ^6ก1:6โ` → `Call Center`, `(26โ0 พล5*6)` → `(Zero Waste)`).
///
/// Spans come from ``GarbledEnglishDetector``. Each token (brackets and a
/// trailing colon set aside) is decoded by ``EnglishTermDecoder``; glossary
/// phrases across tokens (`Call Center`, `Business Continuity Plan`) compete
/// with single words in a small dynamic programme against *keeping* the
/// token, which costs ``Parameters/keepCostPerCharacter`` per character. A single word
/// must also beat the next reading of its token by ``Parameters/minimumMargin``. A
/// token is replaced only when its reading is cheaper than keeping it;
/// otherwise it stays, and a finding lists the best guesses with their costs.
///
/// Complexity: only spans are decoded; the rest of the line is a linear scan.
public struct RecoverGarbledEnglish: DocumentAdaptiveStage {
    static let closers: ScalarSet = ").,:"
    public let name = "RecoverGarbledEnglish"
    public let summary = "Recover English terms that OCR turned into Thai-looking characters (0ลแ → Call)."
    public let parameters: Parameters
    /// Reading a token changes the spans around it: run again while the line changes.
    public var scope: StageScope { StageScope(everyLineRounds: parameters.rounds) }

    /// Built only when a document has garbled English: loading the vocabulary takes a while.
    private let deferredDecoder: Deferred<EnglishTermDecoder>
    /// The decoder as configured, which adaptations start from.
    var decoder: EnglishTermDecoder { deferredDecoder.value }

    public init(parameters: Parameters = .init(),
                decoder: @autoclosure @escaping @Sendable () -> EnglishTermDecoder = EnglishTermDecoder()) {
        self.parameters = parameters
        deferredDecoder = Deferred { EnglishTermDecoder(decoder(), parameters: parameters) }
    }

    /// A token's decodable core and what surrounds it.
    struct Core {
        var range: Range<Int>
        var observed: [Unicode.Scalar]
        var candidates: [EnglishTermDecoder.Candidate]
        var keepCost: Float
    }

    /// The garbled spans of a line (``GarbledEnglishDetector/spans(in:)``).
    public struct SpanSurvey: Sendable {
        var spans: [[Range<Int>]]
    }

    /// The letter shapes the document's confident readings taught (nil: none, the decoder as
    /// configured), and the decoder adapted to them.
    public struct Adaptation: Equatable, Sendable {
        var teaching: [String: Int]?
        /// Made from ``teaching`` (not compared); built when first needed.
        let decoder: Deferred<EnglishTermDecoder>

        public static func == (a: Adaptation, b: Adaptation) -> Bool { a.teaching == b.teaching }
    }

    /// When the decoder may stop searching a token: once its best reading would be taken over
    /// keeping the token and stands out from every other by ``Parameters/minimumMargin``. The
    /// decisions below read only the best reading and whether the next is within the margin,
    /// and the guesses a finding lists are those of tokens kept, whose searches never settle.
    var settling: EnglishTermDecoder.Settling {
        .init(costPerCharacter: parameters.keepCostPerCharacter, shortLength: parameters.shortToken,
              shortCostPerCharacter: parameters.shortTokenCostPerCharacter, margin: parameters.minimumMargin)
    }

    public func survey(_ line: [Unicode.Scalar], in context: LineContext) -> SpanSurvey {
        SpanSurvey(spans: GarbledEnglishDetector.spans(in: line, garbled: context.garbledTokens(in: line)))
    }

    /// Tunes the lookalike channel to the document: the letter shapes behind its
    /// confident readings (this engine writes e as 6, r as โ …) become cheaper,
    /// and the document is read again, as in EM.
    public func adaptation(to document: DocumentSurvey<SpanSurvey>) -> Adaptation {
        var adaptation = Adaptation(teaching: nil, decoder: deferredDecoder)
        for _ in 0..<parameters.teachingIterations {
            var counts: [String: Int] = [:]
            var taught = 0
            for (line, survey) in zip(document.lines, document.surveys) where !survey.spans.isEmpty {
                let current = adaptation.decoder.value
                var output = StageOutput()
                repair(line, spans: survey.spans, decoder: current, into: &output, accepting: parameters.teachingConfidence)
                for repair in output.repairs where repair.confidence >= parameters.teachingConfidence {
                    let observed = Array(line[repair.range])
                    let word = String(scalars: repair.replacement)
                    guard let pairs = current.alignment(of: word, observed: observed) else { continue }
                    taught += 1
                    for (letter, emitted) in pairs {
                        counts[String(Character(letter)) + "\u{1F}" + String(scalars: emitted), default: 0] += 1
                    }
                }
            }
            guard taught >= parameters.minimumTaughtReadings else { break }
            let adapted = decoder.adapted(to: counts)
            adaptation = Adaptation(teaching: counts, decoder: Deferred { adapted })
        }
        return adaptation
    }

    public func repair(_ line: [Unicode.Scalar], surveyed: SpanSurvey, adaptation: Adaptation,
                       in context: LineContext, into output: inout StageOutput) {
        guard !surveyed.spans.isEmpty else { return }
        repair(line, spans: surveyed.spans, decoder: adaptation.decoder.value, into: &output,
               accepting: parameters.acceptanceConfidence)
    }

    /// Repairs the garbled `spans` of `line` with `decoder`, writing readings at least `threshold`
    /// confident. Adaptation learns from readings a little less sure than those it writes.
    func repair(_ line: [Unicode.Scalar], spans: [[Range<Int>]], decoder: EnglishTermDecoder, into output: inout StageOutput,
                accepting threshold: Double) {
        for span in spans {
            let cores = span.compactMap { core(of: $0, in: line, decoder: decoder) }
            guard !cores.isEmpty else { continue }
            decode(cores, in: line, decoder: decoder, into: &output, accepting: threshold)
        }
    }

    func core(of token: Range<Int>, in line: [Unicode.Scalar], decoder: EnglishTermDecoder) -> Core? {
        var lower = token.lowerBound, upper = token.upperBound
        while lower < upper, line[lower] == "(" { lower += 1 }
        while upper > lower, Self.closers.contains(line[upper - 1]) { upper -= 1 }
        guard upper - lower >= 2 else { return nil }
        let observed = Array(line[lower..<upper])
        guard GarbledEnglishDetector.isGarbled(observed[...]) else { return nil }
        return Core(range: lower..<upper, observed: observed, candidates: decoder.candidates(for: observed, settling: settling),
                    keepCost: parameters.keepCostPerCharacter * Float(observed.count))
    }

    func decode(_ cores: [Core], in line: [Unicode.Scalar], decoder: EnglishTermDecoder, into output: inout StageOutput,
                accepting threshold: Double) {
        let minimumMargin = parameters.minimumMargin
        let k = cores.count
        // best[i]: cost of cores[..<i]; choice[i]: how cores ending at i were read.
        var best = [Float](repeating: .infinity, count: k + 1)
        var choice = [(start: Int, words: [String]?)](repeating: (0, nil), count: k + 1)
        best[0] = 0
        // kept[i]: the cost of keeping cores[..<i] as they are.
        var kept = [Float](repeating: 0, count: k + 1)
        for i in 0..<k { kept[i + 1] = kept[i] + cores[i].keepCost }
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
            let short = cores[i].observed.count <= parameters.shortToken
            if let word = candidates.first,
               candidates.count < 2 || candidates[1].cost - word.cost >= minimumMargin,
               !short || word.cost <= parameters.shortTokenCostPerCharacter * Float(cores[i].observed.count),
               best[i] + word.cost < best[i + 1] {
                best[i + 1] = best[i] + word.cost
                choice[i + 1] = (i, [word.word])
            }
            // One word that OCR split in two at a space (`6๐76โท๓ รก!:` → `Government`).
            if i + 1 < k, line[cores[i].range.upperBound..<cores[i + 1].range.lowerBound].allSatisfy(\.isWhitespace) {
                let joined = decoder.candidates(for: cores[i].observed + cores[i + 1].observed, settling: settling)
                if let word = joined.first, joined.count < 2 || joined[1].cost - word.cost >= minimumMargin {
                    let cost = word.cost + parameters.splitWordCost
                    if best[i] + cost < best[i + 2] {
                        best[i + 2] = best[i] + cost
                        choice[i + 2] = (i, [word.word])
                    }
                }
            }
            // Glossary phrases starting here. No reading costs less than nothing (the channel's
            // costs are not negative), so a phrase is left as soon as its words so far cost more
            // than keeping all its tokens (a path to the same end) or than the best way there
            // found yet: it cannot win (a margin keeps rounding out of it).
            for phrase in decoder.vocabulary.phrases where i + phrase.keys.count <= k {
                let end = i + phrase.keys.count
                let ceiling = min(kept[end] - kept[i], best[end] - best[i]) + EnglishTermDecoder.roundingMargin
                var cost: Float = -parameters.phraseBonusPerWord * Float(phrase.keys.count - 1)
                for (m, key) in phrase.keyScalars.enumerated() {
                    guard let c = decoder.cost(ofKey: key, observed: cores[i + m].observed), cost + c <= ceiling
                    else { cost = .infinity; break }
                    cost += c
                }
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
