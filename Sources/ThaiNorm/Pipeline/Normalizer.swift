/// The result of normalizing a text: the repaired text, every edit, and the
/// problems noticed but left alone.
public struct NormalizationResult: Sendable {
    /// The repaired text, as UTF-8 (what a file is written from, without making a `String`).
    public var utf8: [UInt8]
    public var edits: [Edit]
    public var findings: [Finding]

    /// The repaired text (decoded from ``utf8`` at each call: bind it once).
    public var text: String { String(decoding: utf8, as: UTF8.self) }
}

/// Runs the repair stages over a text, line by line, and records every edit.
///
/// Lines are preserved: the output has exactly as many lines as the input,
/// and line *i* of the output is the repair of line *i* of the input. Line
/// terminators (`\n` or `\r\n`) are kept as they were.
///
/// The Normalizer owns all the machinery a stage relies on: it calls a stage only on the
/// lines its ``StageScope`` admits, finds each line's ``LineFeatures`` and shared facts
/// once (again only when the line changes), surveys and adapts each
/// ``DocumentAdaptiveStage`` to the document, runs each stage for its rounds, runs the
/// whole pipeline again while a pass still changes the text, and does not repair again a
/// line that no stage has changed since a stage last repaired it in the same way.
///
/// ```swift
/// let result = Normalizer().normalize("คําสั่ง ท่ี ๑")
/// result.text          // "คำสั่ง ที่ ๑"
/// result.edits.count   // 2
/// ```
///
/// Complexity: O(n) in the length of the text for the current stages.
public struct Normalizer: Sendable {
    public let configuration: NormalizerConfiguration
    /// The stages that run, in order.
    public var stages: [any RepairStage] { runners.map(\.stage) }
    /// How each stage is made ready for a pass (found once: a cast to a protocol is slow).
    private let runners: [any StageRunner]
    /// Each stage's scope, read for every line.
    private let scopes: [StageScope]
    /// Whether each stage's scores are calibrated (``RepairStage/calibrates``).
    private let calibrates: [Bool]
    /// What replaces a stage's score as the confidence of its edits.
    public let calibration: ConfidenceCalibration

    /// The standard pipeline (``Pipeline/stages(for:)``) minus any disabled stages.
    public init(configuration: NormalizerConfiguration = .init()) {
        self.init(
            stages: Pipeline.stages(for: configuration).filter { !configuration.disabledStages.contains($0.name) },
            configuration: configuration)
    }

    /// A custom pipeline: exactly `stages`, in this order. An edit's confidence is read from
    /// `calibration` (``ConfidenceCalibration/shared`` unless given); a stage it has no row for
    /// keeps its own score.
    public init(stages: [any RepairStage], configuration: NormalizerConfiguration = .init(),
                calibration: ConfidenceCalibration = .shared) {
        self.configuration = configuration
        self.calibration = calibration
        runners = stages.map(StageRunners.runner(for:))
        scopes = stages.map(\.scope)
        calibrates = stages.map(\.calibrates)
    }

    /// Normalizes a whole text.
    ///
    /// Stages run one after the other over all lines, so that a
    /// ``DocumentAdaptiveStage`` sees the document as it will repair it; the
    /// pipeline runs again while a pass still changes the text (at most
    /// ``PipelineParameters/maximumPasses``). Edits are reported line by line, in the order
    /// they were made (pass, then stage, then round).
    public func normalize(_ text: String) -> NormalizationResult {
        normalize(Lines.decodedLines(text))
    }

    /// Normalizes a decoded input (``InputDecoder``) from its UTF-8, as a text is normalized: a
    /// file's bytes go into lines without a `String` being made (and checked again) of them.
    public func normalize(_ input: DecodedText) -> NormalizationResult {
        normalize(Lines.decodedLines(validUTF8: input.utf8))
    }

    private func normalize(_ decoded: Lines.DecodedLines) -> NormalizationResult {
        var lines = decoded.lines
        let carriageReturns = decoded.carriageReturns
        // Found once, and again only for a line a stage changes: a stage is called on a line only
        // if its scope admits the line's features.
        var features = lines.map(LineFeatures.init(of:))
        // What stages find in the same line (its garbled tokens, its names), found once.
        let facts = LineFacts(lineCount: lines.count)
        var edits: [Edit] = []
        var findings: [Finding] = []
        // What each stage saw and did in the previous pass: a line it saw exactly so, did not
        // change, and would repair the same way (``PreparedStage/repairsLike(_:)``) is not
        // repaired again.
        var previous = [PassRecord?](repeating: nil, count: runners.count)
        for pass in 1...max(1, configuration.parameters.pipeline.maximumPasses) {
            var passEdits: [Edit] = []
            findings = []
            for (k, runner) in runners.enumerated() {
                let record = previous[k]
                let stage = runner.prepared(for: lines, edits: edits + passEdits, facts: facts, previous: record?.stage)
                let repeats = record.map { stage.repairsLike($0.stage) } ?? false
                let scope = scopes[k], name = runner.stage.name, calibrated = calibrates[k]
                var current = PassRecord(stage: stage, input: lines)
                // Bound once: binding the record inside the loop would copy it for every line.
                let settled = repeats ? record : nil
                let previousInput = settled?.input ?? [], previousEdited = settled?.edited ?? []
                let previousFindings = settled?.findings ?? [:]
                for index in lines.indices {
                    if repeats, !previousEdited[index], previousInput[index] == lines[index] {
                        if !previousFindings.isEmpty, let reused = previousFindings[index] {
                            findings += reused
                            current.findings[index] = reused
                        }
                        continue
                    }
                    guard scope.admits(features[index]) else { continue }
                    let editsBefore = passEdits.count, findingsBefore = findings.count
                    let line = run(stage, named: name, calibrated: calibrated, rounds: scope.rounds, on: lines[index],
                                   context: LineContext(index: index, facts: facts), edits: &passEdits, findings: &findings)
                    if passEdits[editsBefore...].contains(where: \.applied) { current.edited[index] = true }
                    if findings.count > findingsBefore { current.findings[index] = Array(findings[findingsBefore...]) }
                    if line != lines[index] {
                        lines[index] = line
                        features[index] = LineFeatures(of: line)
                    }
                }
                previous[k] = current
            }
            for k in passEdits.indices { passEdits[k].pass = pass }
            edits += passEdits
            if !passEdits.contains(where: \.applied) { break }
        }
        // A held-back edit is proposed again in each later round and pass that sees its text:
        // report it once.
        var heldBack = Set<HeldBack>()
        edits.removeAll { edit in
            !edit.applied && !heldBack.insert(HeldBack(stage: edit.stage, line: edit.line, column: edit.column,
                                                       before: edit.before, after: edit.after)).inserted
        }
        // Made in pass, stage, line order → reported line by line (stable within a line).
        edits = edits.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        findings = findings.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)

        return NormalizationResult(
            utf8: Lines.joinedUTF8(lines, carriageReturns: carriageReturns, unchangedFrom: decoded), edits: edits, findings: findings)
    }

    /// What makes two held-back edits the same edit, proposed twice.
    private struct HeldBack: Hashable {
        var stage: String, line: Int, column: Int, before: String, after: String
    }

    /// What one stage saw and did in one pass.
    private struct PassRecord {
        var stage: any PreparedStage
        /// The lines as the stage received them.
        var input: [[Unicode.Scalar]]
        /// Whether the stage changed each line (an array, not a set: it is read for every line
        /// of every stage in the next pass).
        var edited: [Bool]
        /// The stage's findings, by line.
        var findings: [Int: [Finding]] = [:]

        init(stage: any PreparedStage, input: [[Unicode.Scalar]]) {
            self.stage = stage
            self.input = input
            edited = [Bool](repeating: false, count: input.count)
        }
    }

    /// Runs one stage on one line (again while it still changes the line, up to `rounds`),
    /// recording edits and findings.
    private func run(
        _ stage: any PreparedStage, named name: String, calibrated: Bool, rounds: Int, on line: [Unicode.Scalar],
        context: LineContext,
        edits: inout [Edit], findings: inout [Finding]
    ) -> [Unicode.Scalar] {
        var current = line
        let lineNumber = context.index + 1
        for round in 1...max(1, rounds) {
            var output = StageOutput()
            stage.repair(current, in: context, into: &output)
            // Findings describe the line as it finally stands: keep the last round's.
            if round == rounds || output.repairs.isEmpty {
                for finding in output.findings {
                    findings.append(Finding(stage: name, line: lineNumber, column: finding.offset + 1, message: finding.message))
                }
            }
            if output.repairs.isEmpty { break }
            let before = edits.count
            let next = apply(output.repairs, to: current, stage: name, calibrated: calibrated, lineNumber: lineNumber,
                             edits: &edits)
            for k in before..<edits.count { edits[k].round = round }
            if next == current { break }
            current = next
        }
        return current
    }

    private func apply(
        _ repairs: [Repair], to line: [Unicode.Scalar], stage: String, calibrated: Bool, lineNumber: Int,
        edits: inout [Edit]
    ) -> [Unicode.Scalar] {
        var accepted: [(range: Range<Int>, with: [Unicode.Scalar])] = []
        var position = 0
        for repair in repairs.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            // Overlapping or out-of-range repairs are a stage defect; skip them
            // rather than corrupt the line.
            guard repair.range.lowerBound >= position, repair.range.upperBound <= line.count else { continue }
            let before = line[repair.range]
            guard !before.elementsEqual(repair.replacement) else { continue }
            let (confidence, evidence) = calibrated ? self.calibrated(repair, of: line, stage: stage) : (repair.confidence, nil)
            let applied = confidence >= configuration.minimumConfidence
            edits.append(
                Edit(
                    stage: stage, line: lineNumber, column: repair.range.lowerBound + 1,
                    length: repair.range.count, before: before.string, after: repair.replacement.string,
                    confidence: confidence, applied: applied, note: repair.note, score: repair.confidence,
                    evidence: evidence))
            guard applied else { continue }
            accepted.append((repair.range, repair.replacement))
            position = repair.range.upperBound
        }
        return ScalarLine.splice(line, accepted)
    }

    /// The confidence of `repair` (the calibration row of its evidence, or the stage's score)
    /// and its evidence's most specific key.
    private func calibrated(_ repair: Repair, of line: [Unicode.Scalar], stage: String) -> (Double, String?) {
        let evidence = EditEvidence(
            stage: stage, note: repair.note, before: line[repair.range], after: repair.replacement,
            resultKnown: ResultWords.areKnown(in: line, replacing: repair.range, with: repair.replacement,
                                              reach: configuration.parameters.pipeline.evidenceReach),
            score: repair.confidence)
        let keys = evidence.keys
        return (calibration.confidence(forKeys: keys) ?? repair.confidence, keys[0])
    }
}
