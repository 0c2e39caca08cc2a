/// What a document-adaptive stage found in each line while adapting, kept
/// with the lines it was found in, so that the next pass (and the stage's own
/// repairs) need not look at an unchanged line again.
///
/// ```swift
/// let spans = LineAnalysis(lines, reusing: previous?.spans) { GarbledEnglishDetector.spans(in: $0) }
/// spans.value(at: 3, ifStill: line)   // nil when line 3 is no longer `line`
/// ```
///
/// Complexity: building is O(n) comparisons of lines with the previous pass (an unchanged
/// line shares its storage, so the comparison is O(1)) plus `analyze` on the others.
struct LineAnalysis<Value: Sendable>: Sendable {
    /// The lines analysed.
    private(set) var lines: [[Unicode.Scalar]] = []
    /// What `analyze` gave for each line.
    private(set) var values: [Value] = []

    /// Nothing analysed.
    init() {}

    /// `analyze` of each of `lines`; a line that is still as `previous` saw it keeps its value.
    init(_ lines: [[Unicode.Scalar]], reusing previous: LineAnalysis? = nil, _ analyze: ([Unicode.Scalar]) -> Value) {
        self.init(lines, reusing: previous) { _, line in analyze(line) }
    }

    /// `analyze(index, line)` of each of `lines` (for an analysis that asks ``LineFacts`` by index);
    /// a line that is still as `previous` saw it keeps its value.
    init(_ lines: [[Unicode.Scalar]], reusing previous: LineAnalysis? = nil, _ analyze: (Int, [Unicode.Scalar]) -> Value) {
        self.lines = lines
        let reusable = previous.map { $0.lines.count == lines.count } ?? false
        values = lines.indices.map { index in
            if reusable, let previous, previous.lines[index] == lines[index] { return previous.values[index] }
            return analyze(index, lines[index])
        }
    }

    /// The value of line `index`, if that line is still `line`.
    func value(at index: Int, ifStill line: [Unicode.Scalar]) -> Value? {
        index < lines.count && lines[index] == line ? values[index] : nil
    }

    /// Whether line `index` is still `line` and its value satisfies `predicate` (false for a line
    /// that changed, or was not analysed). The value is read in place, not copied.
    func holds(at index: Int, ifStill line: [Unicode.Scalar], _ predicate: (Value) -> Bool) -> Bool {
        index < lines.count && lines[index] == line && predicate(values[index])
    }
}
