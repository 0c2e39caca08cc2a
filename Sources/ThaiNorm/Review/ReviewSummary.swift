/// The per-stage figures of the review page, and each stage's colour.
///
/// ```swift
/// let rows = ReviewSummary.rows(edits: result.edits, findings: result.findings)
/// rows.first { $0.stage == "ComposeSaraAm" }?.applied   // how many sara am edits were applied
/// ```
///
/// Complexity: O(e + f + s) for e edits, f findings and s stages.
public enum ReviewSummary {
    /// One stage's row of the summary table.
    public struct Row: Equatable, Sendable {
        public var stage: String
        /// Index of the stage's colour in ``palette``.
        public var colour: Int
        public var applied = 0
        public var held = 0
        public var findings = 0
        /// Mean confidence of the applied edits, nil when there are none.
        public var meanAppliedConfidence: Double?
        /// Mean confidence of the held-back edits, nil when there are none.
        public var meanHeldConfidence: Double?
    }

    /// Stage colours (RGB), told apart by hue and by strength; the pipeline's stages take them
    /// in pipeline order, so a stage has the same colour on every page.
    public static let palette: [(Int, Int, Int)] = [
        (230, 25, 75),    // red
        (245, 130, 48),   // orange
        (128, 128, 128),  // grey
        (255, 205, 0),    // yellow
        (170, 220, 40),   // lime
        (128, 128, 0),    // olive
        (60, 180, 75),    // green
        (0, 140, 140),    // teal
        (40, 210, 230),   // cyan
        (170, 110, 40),   // brown
        (0, 110, 220),    // blue
        (145, 30, 180),   // purple
        (230, 50, 220),   // magenta
        (247, 120, 180),  // pink
        (128, 0, 0),      // maroon
        (0, 0, 128),      // navy
        (100, 200, 150),  // mint
        (190, 150, 255),  // lavender
    ]

    /// One row for every stage of `stageOrder` and every other stage that made an edit or a
    /// finding (after them, in order of appearance); each row's colour index, by that order.
    public static func rows(edits: [Edit], findings: [Finding], stageOrder: [String] = Pipeline.stageNames) -> [Row] {
        var order: [String] = []
        var index: [String: Int] = [:]
        func row(_ stage: String) -> Int {
            if let k = index[stage] { return k }
            index[stage] = order.count
            order.append(stage)
            return order.count - 1
        }
        for stage in stageOrder { _ = row(stage) }
        var rows: [Row] = []
        var appliedSum: [Double] = [], heldSum: [Double] = []
        func ensure(_ k: Int) {
            while rows.count <= k {
                rows.append(Row(stage: order[rows.count], colour: rows.count % palette.count))
                appliedSum.append(0)
                heldSum.append(0)
            }
        }
        ensure(order.count - 1)
        for edit in edits {
            let k = row(edit.stage)
            ensure(k)
            if edit.applied {
                rows[k].applied += 1
                appliedSum[k] += edit.confidence
            } else {
                rows[k].held += 1
                heldSum[k] += edit.confidence
            }
        }
        for finding in findings {
            let k = row(finding.stage)
            ensure(k)
            rows[k].findings += 1
        }
        for k in rows.indices {
            if rows[k].applied > 0 { rows[k].meanAppliedConfidence = appliedSum[k] / Double(rows[k].applied) }
            if rows[k].held > 0 { rows[k].meanHeldConfidence = heldSum[k] / Double(rows[k].held) }
        }
        return rows
    }
}
