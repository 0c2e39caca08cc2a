/// Replaces Private Use Area glyph variants from legacy Thai fonts with the
/// standard characters they are variants of (`mappings/pua.tsv`).
///
/// Windows fonts use U+F700–U+F71A and Mac fonts U+F884–U+F89E for marks
/// shifted down or left and for ญ/ฐ without their descenders; PDF extraction
/// copies those code points into the text. Any other Private Use code point
/// next to Thai text is reported and kept.
///
/// ```swift
/// // "ป\u{F70B}าย" (MAI THO shifted down) → "ป้าย"
/// ```
///
/// Complexity: O(n) in the length of the line.
public struct ReplacePrivateUseGlyphs: RepairStage {
    public let name = "ReplacePrivateUseGlyphs"
    public let summary = "Map legacy-font Private Use Area glyph variants (U+F700–U+F71A, U+F884–U+F89E) to standard Thai."

    static let table: [Unicode.Scalar: Unicode.Scalar] = MappingTable.required { () throws(MappingTable.Failure) in
        try MappingTable.scalarMap("pua.tsv")
    }

    public let parameters: Parameters

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// Only Private Use characters are replaced or reported.
    public var scope: StageScope { StageScope(linesWith: .privateUse) }

    public func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        for (index, scalar) in line.enumerated() where scalar.value >= 0xE000 && scalar.value <= 0xF8FF {
            if let standard = Self.table[scalar] {
                output.replace(index..<index + 1, with: [standard], confidence: parameters.confidence)
            } else {
                let neighbours = [index > 0 ? line[index - 1] : nil, index + 1 < line.count ? line[index + 1] : nil]
                if neighbours.contains(where: { $0.map(ThaiScript.isThai) ?? false }) {
                    output.report(at: index, "unknown Private Use character U+\(String(scalar.value, radix: 16, uppercase: true)) next to Thai; kept")
                }
            }
        }
    }
}
