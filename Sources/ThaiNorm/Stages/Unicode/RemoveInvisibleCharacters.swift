/// Removes invisible format characters (zero-width space, joiners, word
/// joiner, BOM, soft hyphen; `mappings/invisible.tsv`) that stand inside Thai text.
///
/// A character is removed only when the nearest visible character on either
/// side is Thai, so a zero-width joiner inside an emoji sequence or a soft
/// hyphen inside an English word is kept. Each removal is recorded as an edit.
///
/// ```swift
/// // "ศูนย์\u{200B}ราชการ" → "ศูนย์ราชการ"
/// // "👩\u{200D}💻" → unchanged
/// ```
///
/// Complexity: O(n) in the length of the line.
public struct RemoveInvisibleCharacters: RepairStage {
    public let name = "RemoveInvisibleCharacters"
    public let summary = "Remove zero-width and invisible format characters inside Thai text."

    static let invisible: Set<Unicode.Scalar> = MappingTable.required { () throws(MappingTable.Failure) in
        try MappingTable.scalarSet("invisible.tsv")
    }

    public let parameters: Parameters

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// Invisible characters are neither ASCII nor Thai.
    public var scope: StageScope { StageScope(linesWith: .nonASCIINonThai) }

    public func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        var index = 0
        while index < line.count {
            // Thai and ASCII are never invisible format characters: skip the hash lookup.
            let value = line[index].value
            guard value >= 0x80, !ThaiScript.isThai(line[index]), Self.invisible.contains(line[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < line.count, Self.invisible.contains(line[end]) { end += 1 }
            let before = index > 0 ? line[index - 1] : nil
            let after = end < line.count ? line[end] : nil
            if (before.map(ThaiScript.isThai) ?? false) || (after.map(ThaiScript.isThai) ?? false) {
                output.replace(index..<end, with: [], confidence: parameters.confidence)
            }
            index = end
        }
    }
}
