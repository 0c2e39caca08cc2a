/// One line being replayed edit by edit, every scalar carrying the marks of what touched it
/// (see ``ReviewLayout``).
///
/// ```swift
/// var replay = LineReplay(Array("ab c".unicodeScalars))
/// try replay.apply([(0, Edit(stage: "S", line: 1, column: 3, length: 1, before: " ", after: "", confidence: 1))])
/// replay.segments()   // one empty segment at 2 (the deleted space), input 2..<3
/// ```
///
/// Complexity: each replacement is O(c + p) in the line's cells c and marked points p.
struct LineReplay {
    /// A scalar of the current line, with its marks and the input scalars it came from.
    struct Cell {
        var scalar: Unicode.Scalar
        var marks: ReviewLayout.Marks
        var origin: Range<Int>
    }

    /// A marked place between two scalars: `position` is the offset of the scalar after it.
    struct Point {
        var position: Int
        var marks: ReviewLayout.Marks
        var origin: Range<Int>
    }

    private(set) var cells: [Cell]
    private(set) var points: [Point] = []

    init(_ scalars: [Unicode.Scalar]) {
        cells = scalars.enumerated().map { Cell(scalar: $1, marks: .init(), origin: $0..<($0 + 1)) }
    }

    /// Where in the input the place before cell `position` is.
    private func origin(at position: Int) -> Range<Int> {
        let offset = position > 0 ? cells[position - 1].origin.upperBound : (cells.first?.origin.lowerBound ?? 0)
        return offset..<offset
    }

    /// Marks the scalar at 1-based `column` with a finding (the end of the line if past it).
    mutating func mark(finding id: Int, column: Int) {
        let offset = max(column - 1, 0)
        if offset < cells.count {
            cells[offset].marks.formUnion(.init(findings: [id]))
        } else {
            points.append(Point(position: cells.count, marks: .init(findings: [id]), origin: origin(at: cells.count)))
        }
    }

    /// Applies one group of edits (one stage, round and pass: all measured on the current
    /// line). Held-back edits mark what they would replace; applied ones replace it.
    mutating func apply(_ group: [(id: Int, edit: Edit)]) throws(EditReplay.Mismatch) {
        for (_, edit) in group {
            let start = edit.column - 1, end = start + edit.length
            guard start >= 0, edit.length >= 0, end <= cells.count else {
                throw EditReplay.Mismatch(edit: edit, found: "(out of range)")
            }
            guard cells[start..<end].lazy.map(\.scalar).elementsEqual(edit.before.unicodeScalars) else {
                throw EditReplay.Mismatch(edit: edit, found: String(String.UnicodeScalarView(cells[start..<end].map(\.scalar))))
            }
        }
        for (id, edit) in group where !edit.applied {
            let start = edit.column - 1
            if edit.length == 0 {
                points.append(Point(position: start, marks: .init(held: [id]), origin: origin(at: start)))
            } else {
                for k in start..<(start + edit.length) { cells[k].marks.formUnion(.init(held: [id])) }
            }
        }
        // Applied edits of a group do not overlap; right to left, each leaves the offsets of
        // the ones before it as they were.
        let applied = group.filter(\.edit.applied).sorted { $0.edit.column < $1.edit.column }
        var position = 0
        for (_, edit) in applied {
            guard edit.column - 1 >= position else { throw EditReplay.Mismatch(edit: edit, found: "(overlaps another edit)") }
            position = edit.column - 1 + edit.length
        }
        for (id, edit) in applied.reversed() {
            replace(edit.column - 1..<edit.column - 1 + edit.length, with: Array(edit.after.unicodeScalars), id: id)
        }
    }

    /// Replaces `range` with `scalars`, which take the marks and origin of what they replace
    /// (and of the points inside it) plus `id`; a deletion leaves a point.
    private mutating func replace(_ range: Range<Int>, with scalars: [Unicode.Scalar], id: Int) {
        var marks = ReviewLayout.Marks(applied: [id])
        var origin: Range<Int>? = nil
        func take(_ other: Range<Int>) {
            origin = origin.map { min($0.lowerBound, other.lowerBound)..<max($0.upperBound, other.upperBound) } ?? other
        }
        for cell in cells[range] {
            marks.formUnion(cell.marks)
            take(cell.origin)
        }
        // Points strictly inside the range go with it; an insertion takes the points where it goes.
        let shift = scalars.count - range.count
        var kept: [Point] = []
        for point in points {
            if (range.lowerBound < point.position && point.position < range.upperBound)
                || (range.isEmpty && point.position == range.lowerBound) {
                marks.formUnion(point.marks)
                take(point.origin)
            } else if point.position >= range.upperBound {
                kept.append(Point(position: point.position + shift, marks: point.marks, origin: point.origin))
            } else {
                kept.append(point)
            }
        }
        let source = origin ?? self.origin(at: range.lowerBound)
        if scalars.isEmpty {
            kept.append(Point(position: range.lowerBound, marks: marks, origin: source))
        }
        points = kept
        cells.replaceSubrange(range, with: scalars.map { Cell(scalar: $0, marks: marks, origin: source) })
    }

    /// The marked places of the line as it now stands, widened to whole grapheme clusters and
    /// merged where neighbours share an id.
    func segments() -> [ReviewLayout.Segment] {
        // Cluster boundaries of the output line.
        var bounds = [0]
        for character in String(String.UnicodeScalarView(cells.map(\.scalar))) {
            bounds.append(bounds[bounds.count - 1] + character.unicodeScalars.count)
        }
        let sortedPoints = points.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element)
        // Units in reading order: the points at a cluster's start, then the cluster.
        var units: [ReviewLayout.Segment] = []
        var next = 0
        for k in 0..<bounds.count {
            let start = bounds[k]
            while next < sortedPoints.count, sortedPoints[next].position <= start {
                let point = sortedPoints[next]
                if !point.marks.isEmpty { units.append(.init(output: start..<start, input: point.origin, marks: point.marks)) }
                next += 1
            }
            guard k + 1 < bounds.count else { break }
            let end = bounds[k + 1]
            var unit = ReviewLayout.Segment(output: start..<end, input: cells[start].origin, marks: .init())
            for cell in cells[start..<end] {
                unit.marks.formUnion(cell.marks)
                unit.input = Self.union(unit.input, cell.origin)
            }
            // Points inside the cluster belong to it.
            while next < sortedPoints.count, sortedPoints[next].position < end {
                unit.marks.formUnion(sortedPoints[next].marks)
                unit.input = Self.union(unit.input, sortedPoints[next].origin)
                next += 1
            }
            if !unit.marks.isEmpty { units.append(unit) }
        }
        // Units sharing an id are one segment, with everything between them (an insertion
        // inside an earlier edit's text stays inside its segment).
        var last: [Int: Int] = [:]
        for (k, unit) in units.enumerated() {
            for key in Self.keys(unit.marks) { last[key] = k }
        }
        var segments: [ReviewLayout.Segment] = []
        var k = 0
        while k < units.count {
            var segment = units[k]
            var reach = Self.keys(segment.marks).compactMap { last[$0] }.max() ?? k
            k += 1
            while k <= reach, k < units.count {
                segment.output = segment.output.lowerBound..<units[k].output.upperBound
                segment.input = Self.union(segment.input, units[k].input)
                segment.marks.formUnion(units[k].marks)
                reach = max(reach, Self.keys(units[k].marks).compactMap { last[$0] }.max() ?? k)
                k += 1
            }
            segments.append(segment)
        }
        return segments
    }

    /// The ids of `marks`, one key space for the three kinds.
    private static func keys(_ marks: ReviewLayout.Marks) -> [Int] {
        marks.applied.map { $0 * 3 } + marks.held.map { $0 * 3 + 1 } + marks.findings.map { $0 * 3 + 2 }
    }

    private static func union(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
        min(a.lowerBound, b.lowerBound)..<max(a.upperBound, b.upperBound)
    }
}
