/// Whether the words an edit leaves are ones the lexicon knows: once the edit is made, the
/// runs of Thai letters through the edited span are segmented, and every word the span touches
/// must be in the lexicon.
///
/// ```swift
/// let line = Array("ใน ทีด่ ิน".unicodeScalars)
/// ResultWords.areKnown(in: line, replacing: 6..<7, with: [])   // false: ทีด่ิน is no word
/// ```
///
/// Complexity: O(k) in the token's length, which is read at most `reach` scalars either side of
/// the edit (``PipelineParameters/evidenceReach``; a line without spaces costs no more).
enum ResultWords {
    static let segmenter = WordSegmenter(lexicon: .shared)

    static func areKnown(in line: [Unicode.Scalar], replacing range: Range<Int>, with replacement: [Unicode.Scalar],
                         reach: Int = PipelineParameters().evidenceReach) -> Bool {
        var start = range.lowerBound, end = range.upperBound
        while start > 0, range.lowerBound - start < reach, !line[start - 1].properties.isWhitespace { start -= 1 }
        while end < line.count, end - range.upperBound < reach, !line[end].properties.isWhitespace { end += 1 }
        let edited = Array(line[start..<range.lowerBound]) + replacement + Array(line[range.upperBound..<end])
        let centre = (range.lowerBound - start)..<(range.lowerBound - start + replacement.count)
        return areKnown(in: edited, around: centre)
    }

    /// Whether the words of `line` that `span` touches (its letters, or for an empty span the
    /// letters either side) are known: each run of Thai letters through it is segmented, and
    /// every word overlapping the span must be in the lexicon.
    static func areKnown(in line: [Unicode.Scalar], around span: Range<Int>) -> Bool {
        let lower = max(0, span.lowerBound - (span.isEmpty ? 1 : 0)), upper = min(line.count, span.upperBound + (span.isEmpty ? 1 : 0))
        guard lower < upper else { return true }
        var index = lower
        // Back to the start of the run of Thai letters the span begins in.
        while index > 0, ThaiScript.isWordCharacter(line[index - 1]), ThaiScript.isWordCharacter(line[index]) { index -= 1 }
        while index < upper {
            guard ThaiScript.isWordCharacter(line[index]) else { index += 1; continue }
            var runEnd = index
            while runEnd < line.count, ThaiScript.isWordCharacter(line[runEnd]) { runEnd += 1 }
            for word in segmenter.segment(line, index..<runEnd) where word.range.overlaps(lower..<upper) && !word.known {
                return false
            }
            index = runEnd
        }
        return true
    }
}
