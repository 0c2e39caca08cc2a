import Foundation

/// How thainorm writes JSON: pretty-printed, keys sorted, slashes and Thai
/// unescaped, a final newline. One format for the extraction, `--explain`,
/// reports and evaluations, so their files diff cleanly.
///
/// ```swift
/// let data = try JSONFormat.data(structure)
/// ```
public enum JSONFormat {
    public static func data(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
