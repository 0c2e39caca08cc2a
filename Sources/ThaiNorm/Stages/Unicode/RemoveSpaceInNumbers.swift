/// Removes spaces that extraction put before the dot of a number
/// (`๑ .๓ .๒` → `๑.๓.๒`, `2 .5` → `2.5`).
///
/// A digit, spaces, a full stop and another digit: no decimal number or
/// item number is written with a space before its dot, so the space is
/// layout damage. A space after the dot (`ข้อ ๑. การ`) is left alone.
///
/// Complexity: O(n) in the length of the line.
public struct RemoveSpaceInNumbers: RepairStage {
    public let name = "RemoveSpaceInNumbers"
    public let summary = "Remove spaces before the dot inside a number (๑ .๓ .๒ → ๑.๓.๒)."

    public let parameters: Parameters

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// Only a space after a digit is removed.
    public var scope: StageScope { StageScope(linesWith: .digitBeforeSpace) }


    public func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        var index = 1
        while index + 2 < line.count {
            guard line[index].isSpace, line[index - 1].isThaiOrASCIIDigit else {
                index += 1
                continue
            }
            var end = index
            while end < line.count, line[end].isSpace { end += 1 }
            if end + 1 < line.count, line[end] == ".", line[end + 1].isThaiOrASCIIDigit {
                output.replace(index..<end, with: [], confidence: parameters.confidence, note: "space before the dot of a number")
            }
            index = end
        }
    }
}
