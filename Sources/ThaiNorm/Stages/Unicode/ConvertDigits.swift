/// Writes digits as Thai (๐–๙) or Arabic (0–9), or leaves them, per ``DigitStyle``.
///
/// Converting to Thai skips every token that contains a Latin letter or an
/// `@` (codes, URLs, e-mail addresses) and a number right after a Latin word
/// (`ISO 9001`, `Windows 11`): there the digits belong to a name.
///
/// ```swift
/// // .arabic: "ที่ ๒๓/๒๕๖๖" → "ที่ 23/2566"
/// // .thai:   "ปี 2566 (ISO 9001)" → "ปี ๒๕๖๖ (ISO 9001)"
/// ```
///
/// Complexity: O(n) in the length of the line.
public struct ConvertDigits: RepairStage {
    public let name = "ConvertDigits"
    public let summary = "Convert digits per --digits: keep (default), arabic (๐–๙ → 0–9) or thai (0–9 → ๐–๙)."
    public let style: DigitStyle
    public let parameters: Parameters

    public init(style: DigitStyle = .keep, parameters: Parameters = .init()) {
        self.style = style
        self.parameters = parameters
    }

    /// Only digits of the script converted from are converted.
    public var scope: StageScope {
        switch style {
        case .keep: .noLine
        case .arabic: StageScope(linesWith: .thaiDigit)
        case .thai: StageScope(linesWith: .asciiDigit)
        }
    }

    public func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        switch style {
        case .keep:
            return
        case .arabic:
            convertRuns(line, range: 0..<line.count, where: ThaiScript.isDigit, by: -0x0E20, into: &output)
        case .thai:
            let tokens = ScalarLine.tokens(line)
            for (k, token) in tokens.enumerated() {
                if Self.isCode(line[token]) { continue }
                // "ISO 9001", "Windows 11": a number that belongs to the Latin name before it.
                if k > 0, Self.isLatinWord(line[tokens[k - 1]]) { continue }
                convertRuns(line, range: token, where: { $0.isASCIIDigit }, by: 0x0E20, into: &output)
            }
        }
    }

    /// A token with Latin letters and no Thai.
    static func isLatinWord(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        token.contains(where: \.isASCIILetter) && !token.contains(where: ThaiScript.isThai)
    }

    /// Whether a token is a code whose digits must stay as they are.
    static func isCode(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        if token.contains(where: { $0.isASCIILetter || $0 == "@" }) { return true }
        return false
    }

    private func convertRuns(
        _ line: [Unicode.Scalar], range: Range<Int>, where isDigit: (Unicode.Scalar) -> Bool, by offset: Int32,
        into output: inout StageOutput
    ) {
        var index = range.lowerBound
        while index < range.upperBound {
            guard isDigit(line[index]) else { index += 1; continue }
            var end = index
            while end < range.upperBound, isDigit(line[end]) { end += 1 }
            let converted = line[index..<end].map { Unicode.Scalar(UInt32(Int32($0.value) + offset))! }
            output.replace(index..<end, with: converted, confidence: parameters.confidence)
            index = end
        }
    }
}
