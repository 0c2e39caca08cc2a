/// The result of normalizing a text: the repaired text, every edit, and the
/// problems noticed but left alone.
public struct NormalizationResult: Sendable {
    public var text: String
    public var edits: [Edit]
    public var findings: [Finding]
}

/// Runs the repair stages over a text, line by line, and records every edit.
///
/// Lines are preserved: the output has exactly as many lines as the input,
/// and line *i* of the output is the repair of line *i* of the input. Line
/// terminators (`\n` or `\r\n`) are kept as they were.
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
    public let stages: [any RepairStage]

    /// The standard pipeline (``Pipeline/stages(for:)``) minus any disabled stages.
    public init(configuration: NormalizerConfiguration = .init()) {
        self.init(
            stages: Pipeline.stages(for: configuration).filter { !configuration.disabledStages.contains($0.name) },
            configuration: configuration)
    }

    /// A custom pipeline: exactly `stages`, in this order.
    public init(stages: [any RepairStage], configuration: NormalizerConfiguration = .init()) {
        self.configuration = configuration
        self.stages = stages
    }

    /// Normalizes a whole text.
    public func normalize(_ text: String) -> NormalizationResult {
        var output = UTF8Output(capacity: text.utf8.count + text.utf8.count / 8)
        var edits: [Edit] = []
        var findings: [Finding] = []
        for (index, line) in Lines.split(text).enumerated() {
            if index > 0 { output.append("\n") }
            let repaired = normalizeLine(
                Array(line.content), lineNumber: index + 1, edits: &edits, findings: &findings)
            output.append(contentsOf: repaired)
            if line.hasCarriageReturn { output.append("\r") }
        }
        return NormalizationResult(text: output.string, edits: edits, findings: findings)
    }

    /// Normalizes one line (without its terminator), appending its edits and findings.
    public func normalizeLine(
        _ line: [Unicode.Scalar], lineNumber: Int, edits: inout [Edit], findings: inout [Finding]
    ) -> [Unicode.Scalar] {
        var current = line
        for stage in stages {
            var output = StageOutput()
            stage.repair(current, into: &output)
            for finding in output.findings {
                findings.append(
                    Finding(stage: stage.name, line: lineNumber, column: finding.offset + 1, message: finding.message))
            }
            if output.repairs.isEmpty { continue }
            current = apply(output.repairs, to: current, stage: stage.name, lineNumber: lineNumber, edits: &edits)
        }
        return current
    }

    private func apply(
        _ repairs: [Repair], to line: [Unicode.Scalar], stage: String, lineNumber: Int, edits: inout [Edit]
    ) -> [Unicode.Scalar] {
        var accepted: [(range: Range<Int>, with: [Unicode.Scalar])] = []
        var position = 0
        for repair in repairs.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            // Overlapping or out-of-range repairs are a stage defect; skip them
            // rather than corrupt the line.
            guard repair.range.lowerBound >= position, repair.range.upperBound <= line.count else { continue }
            let before = line[repair.range]
            guard !before.elementsEqual(repair.replacement) else { continue }
            let applied = repair.confidence >= configuration.minimumConfidence
            edits.append(
                Edit(
                    stage: stage, line: lineNumber, column: repair.range.lowerBound + 1,
                    length: repair.range.count, before: before.string, after: repair.replacement.string,
                    confidence: repair.confidence, applied: applied, note: repair.note))
            guard applied else { continue }
            accepted.append((repair.range, repair.replacement))
            position = repair.range.upperBound
        }
        return ScalarLine.splice(line, accepted)
    }
}
