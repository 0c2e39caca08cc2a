/// Composes a decomposed sara am: nikhahit + sara aa (with or without a tone
/// mark on either side of the nikhahit) becomes U+0E33 SARA AM, with the tone
/// mark before it as Unicode orders it.
///
/// ```swift
/// // "นํ้า"  (NIKHAHIT, MAI THO, SARA AA)  → "น้ำ"
/// // "น้ํา"  (MAI THO, NIKHAHIT, SARA AA)  → "น้ำ"
/// // "คําสั่ง"                              → "คำสั่ง"
/// ```
///
/// Complexity: O(n) in the length of the line.
public struct ComposeSaraAm: RepairStage {
    public let name = "ComposeSaraAm"
    public let summary = "Compose nikhahit + sara aa (ํา, ํ้า, ้ํา) into sara am (ำ)."

    public let parameters: Parameters

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// Only nikhahit is composed.
    public var scope: StageScope { StageScope(linesWith: .nikhahit) }

    public func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        var index = 0
        while index + 1 < line.count {
            guard line[index] == ThaiScript.nikhahit else {
                index += 1
                continue
            }
            let next = line[index + 1]
            if next == ThaiScript.saraAa {
                output.replace(index..<index + 2, with: [ThaiScript.saraAm], confidence: parameters.confidence)
                index += 2
            } else if ThaiScript.kind(of: next) == .tone, index + 2 < line.count, line[index + 2] == ThaiScript.saraAa {
                output.replace(index..<index + 3, with: [next, ThaiScript.saraAm], confidence: parameters.confidence)
                index += 3
            } else {
                index += 1
            }
        }
    }
}
