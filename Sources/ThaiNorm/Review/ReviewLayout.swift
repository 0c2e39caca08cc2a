/// Where the edits and findings of a normalization stand in its *output* text, line by line:
/// what the review page highlights.
///
/// An ``Edit``'s column counts Unicode scalars in the line as its stage received it, after
/// every earlier pass, stage and round; a ``Finding``'s column likewise. Edits of later
/// stages can overlap, enlarge or undo earlier ones. So the layout replays the edits onto
/// the input line in their order (as ``EditReplay`` does), carrying marks along:
///
/// - every scalar carries the ids (indices into `edits` and `findings`) that touched it,
///   and the range of the input line it came from;
/// - a replacement's new scalars inherit the marks of what they replace, so an edit that
///   rewrites an earlier edit's text joins it in one span;
/// - a deletion leaves a mark between two scalars (an empty span);
/// - held-back edits (`applied == false`) mark the scalars they would have replaced and
///   change nothing;
/// - a finding marks the scalar at its column, at the point of the replay where its stage
///   ran in the last pass.
///
/// Marks are then widened to whole grapheme clusters of the output (an element boundary
/// inside a Thai cluster would tear a mark from its base) and neighbours that share an id
/// are merged into one ``Segment``.
///
/// ```swift
/// let result = Normalizer().normalize("ท่ี ๑")
/// let lines = try ReviewLayout.lines(input: "ท่ี ๑", edits: result.edits, findings: result.findings)
/// lines[0].segments[0].output   // 0..<3: ที่, replacing input 0..<3 (ท่ี)
/// ```
///
/// Complexity: O(n + e·k) for a text of n scalars and e edits of at most k scalars per line
/// segment touched.
public enum ReviewLayout {
    /// The ids of the edits (applied and held back) and findings that touched a place, sorted.
    public struct Marks: Equatable, Sendable {
        public var applied: [Int] = []
        public var held: [Int] = []
        public var findings: [Int] = []

        public init(applied: [Int] = [], held: [Int] = [], findings: [Int] = []) {
            self.applied = applied
            self.held = held
            self.findings = findings
        }

        public var isEmpty: Bool { applied.isEmpty && held.isEmpty && findings.isEmpty }

        mutating func formUnion(_ other: Marks) {
            if !other.applied.isEmpty { applied = Array(Set(applied).union(other.applied)).sorted() }
            if !other.held.isEmpty { held = Array(Set(held).union(other.held)).sorted() }
            if !other.findings.isEmpty { findings = Array(Set(findings).union(other.findings)).sorted() }
        }
    }

    /// One highlighted place of an output line.
    public struct Segment: Equatable, Sendable {
        /// Scalar offsets in the output line; empty for a deletion (a place between scalars).
        public var output: Range<Int>
        /// Scalar offsets in the input line of the text it stands for.
        public var input: Range<Int>
        public var marks: Marks
    }

    /// One line: its input and output scalars (without the terminator) and its segments, in order.
    public struct Line: Sendable {
        public var input: [Unicode.Scalar]
        public var output: [Unicode.Scalar]
        public var segments: [Segment]
    }

    /// The lines of `input` with the segments that `edits` and `findings` make of them.
    ///
    /// `edits` and `findings` are a ``NormalizationResult``'s (line by line, in the order they
    /// were made); `stageOrder` is the pipeline's order, which places each finding among the
    /// edits of its line; `maximumPasses` is the configuration's (``PipelineParameters``).
    /// Throws if an edit does not fit the text (it was not made on `input`).
    public static func lines(
        input: String, edits: [Edit], findings: [Finding], stageOrder: [String] = Pipeline.stageNames,
        maximumPasses: Int = PipelineParameters().maximumPasses
    ) throws(EditReplay.Mismatch) -> [Line] {
        let decoded = Lines.scalarLines(input)
        var editsByLine: [Int: [Int]] = [:]
        for (id, edit) in edits.enumerated() { editsByLine[edit.line, default: []].append(id) }
        var findingsByLine: [Int: [Int]] = [:]
        for (id, finding) in findings.enumerated() { findingsByLine[finding.line, default: []].append(id) }
        let lastPass = lastPass(of: edits, maximumPasses: maximumPasses)
        var rank: [String: Int] = [:]
        for (k, name) in stageOrder.enumerated() where rank[name] == nil { rank[name] = k }

        var result: [Line] = []
        result.reserveCapacity(decoded.lines.count)
        for (index, scalars) in decoded.lines.enumerated() {
            let lineEdits = editsByLine[index + 1] ?? []
            let lineFindings = findingsByLine[index + 1] ?? []
            guard !lineEdits.isEmpty || !lineFindings.isEmpty else {
                result.append(Line(input: scalars, output: scalars, segments: []))
                continue
            }
            var replay = LineReplay(scalars)
            var pendingFindings = lineFindings
            var start = 0
            while start <= lineEdits.count {
                // One group: the edits of one stage, round and pass, all on the same state of the line.
                var end = start
                if start < lineEdits.count {
                    let first = edits[lineEdits[start]]
                    while end < lineEdits.count, edits[lineEdits[end]].stage == first.stage,
                          edits[lineEdits[end]].round == first.round, edits[lineEdits[end]].pass == first.pass {
                        end += 1
                    }
                    // Findings made on the line as it stood before this group.
                    let groupRank = rank[first.stage] ?? Int.max
                    pendingFindings.removeAll { id in
                        let findingRank = rank[findings[id].stage] ?? Int.max
                        guard first.pass > lastPass || (first.pass == lastPass && groupRank > findingRank) else { return false }
                        replay.mark(finding: id, column: findings[id].column)
                        return true
                    }
                } else {
                    for id in pendingFindings { replay.mark(finding: id, column: findings[id].column) }
                }
                if start == lineEdits.count { break }
                try replay.apply(lineEdits[start..<end].map { ($0, edits[$0]) })
                start = end
            }
            result.append(Line(input: scalars, output: replay.cells.map(\.scalar), segments: replay.segments()))
        }
        return result
    }

    /// The pass whose findings a result reports: findings are reset at each pass, and the
    /// passes stop after one that applied nothing (or after the last allowed).
    static func lastPass(of edits: [Edit], maximumPasses: Int) -> Int {
        let applied = edits.filter(\.applied).map(\.pass).max() ?? 0
        return applied >= maximumPasses ? applied : applied + 1
    }
}
