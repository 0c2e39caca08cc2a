/// How well an edit reads in text as scanners and PDF extractors give it: the language model's
/// gain read across the spaces such text puts inside words.
///
/// ```swift
/// let line = Array("ระดับน้า ท่วมขัง".unicodeScalars)
/// LanguageModel.shared.gains(inExtracted: line, replacing: 7..<8, with: [["\u{0E33}"]], reaching: 3)
/// // [≈ 6]: "น้ำท่วม" reads far better than "น้าท่วม"
/// ```
extension LanguageModel {
    /// How much better `line` reads with each of `replacements` of `range` (of any one length;
    /// an empty range inserts) made than as it is, read with the spaces between two Thai letters left out: extraction puts
    /// spaces inside words, and the model would read them as word breaks. A space next to a
    /// digit, Latin or punctuation stays (one, for a run): there the model knows it. Nil when
    /// the text as it is reads too well for any replacement to gain `minimum`
    /// (``gains(in:replacing:with:reaching:)``).
    ///
    /// Complexity: O((r + 1)(k + order)) for r replacements of length at most k.
    public func gains(inExtracted line: [Unicode.Scalar], replacing range: Range<Int>,
                      with replacements: [[Unicode.Scalar]], reaching minimum: Double) -> [Double]? {
        // One scalar more either side than the model reads: a window cut short only where the
        // line ends reads as the line's start or end (LanguageModel.gain).
        let reach = order
        let before = Array(Self.window(of: line, from: range.lowerBound - 1, step: -1, count: reach).reversed())
        let after = Self.window(of: line, from: range.upperBound, step: 1, count: reach)
        let text = before + line[range] + after
        return gains(in: text, replacing: before.count..<(before.count + range.count), with: replacements, reaching: minimum)
    }

    /// Up to `count` scalars of `line` from `start` on in the direction of `step` (nearest
    /// first), with a run of spaces dropped between two Thai letters or marks and kept as one
    /// space elsewhere.
    static func window(of line: [Unicode.Scalar], from start: Int, step: Int, count: Int) -> [Unicode.Scalar] {
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" }
        let isThaiLetter = { (scalar: Unicode.Scalar) in ThaiScript.isThai(scalar) && !ThaiScript.isDigit(scalar) }
        var result: [Unicode.Scalar] = []
        var i = start
        while line.indices.contains(i), result.count < count {
            guard isSpace(line[i]) else {
                result.append(line[i])
                i += step
                continue
            }
            let previous = i - step  // the scalar before the run (in reading direction of the scan)
            while line.indices.contains(i), isSpace(line[i]) { i += step }
            let inside = line.indices.contains(previous) && line.indices.contains(i)
                && isThaiLetter(line[previous]) && isThaiLetter(line[i])
            if !inside { result.append(" ") }
        }
        return result
    }
}
