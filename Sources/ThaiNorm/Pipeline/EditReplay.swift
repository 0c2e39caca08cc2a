/// Replays recorded edits onto the original text, the way the pipeline applied them.
///
/// Edits are applied line by line, stage by stage (and round by round), in
/// the order they are listed; each edit's column refers to the line as its stage received it.
/// Edits marked `applied: false` are skipped. Replaying the edits of a
/// ``NormalizationResult`` onto its input gives its output text.
///
/// ```swift
/// let result = Normalizer().normalize(input)
/// try EditReplay.apply(result.edits, to: input) == result.text   // true
/// ```
///
/// Complexity: O(n + e) for a text of length n and e edits.
public enum EditReplay {
    /// An edit that does not fit the text it is replayed on.
    public struct Mismatch: Error, Equatable, CustomStringConvertible {
        public var edit: Edit
        public var found: String
        public var description: String {
            "edit of stage \(edit.stage) at \(edit.line):\(edit.column) expects '\(edit.before)' but the text has '\(found)'"
        }
    }

    public static func apply(_ edits: [Edit], to text: String) throws(Mismatch) -> String {
        var byLine: [Int: [Edit]] = [:]
        for edit in edits where edit.applied { byLine[edit.line, default: []].append(edit) }
        let decoded = Lines.scalarLines(text)
        var lines = decoded.lines
        for index in lines.indices {
            let lineEdits = byLine[index + 1] ?? []
            var start = 0
            while start < lineEdits.count {
                // One stage's edits all refer to the same state of the line.
                var end = start
                while end < lineEdits.count, lineEdits[end].stage == lineEdits[start].stage,
                      lineEdits[end].round == lineEdits[start].round, lineEdits[end].pass == lineEdits[start].pass {
                    end += 1
                }
                lines[index] = try applyGroup(lineEdits[start..<end], to: lines[index])
                start = end
            }
        }
        return Lines.joined(lines, carriageReturns: decoded.carriageReturns)
    }

    private static func applyGroup(_ group: ArraySlice<Edit>, to line: [Unicode.Scalar]) throws(Mismatch) -> [Unicode.Scalar] {
        var replacements: [(range: Range<Int>, with: [Unicode.Scalar])] = []
        var position = 0
        for edit in group.sorted(by: { $0.column < $1.column }) {
            let start = edit.column - 1
            let end = start + edit.length
            guard start >= position, end <= line.count else {
                throw Mismatch(edit: edit, found: "(out of range)")
            }
            // Compare scalars: String == would accept canonically equivalent mark orders.
            guard line[start..<end].elementsEqual(edit.before.unicodeScalars) else {
                throw Mismatch(edit: edit, found: line[start..<end].string)
            }
            replacements.append((start..<end, Array(edit.after.unicodeScalars)))
            position = end
        }
        return ScalarLine.splice(line, replacements)
    }
}
