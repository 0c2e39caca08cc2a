import Foundation

/// The published JSON Schema of what ``StructureExtractor`` writes
/// (`Sources/ThaiNorm/Extraction/structure.schema.json`, embedded at build time), and a check
/// of a document against it.
///
/// ```swift
/// StructureSchema.text                              // the schema, as published
/// try StructureSchema.problems(in: Data("{}".utf8)) // ["$: missing header", …]
/// ```
public enum StructureSchema {
    /// The schema's text (JSON Schema 2020-12).
    public static var text: String { EmbeddedMappings.files["structure.schema.json"] ?? "" }

    /// Why `json` is not a structure document, as `$.path: problem` lines; empty if it is one.
    /// Throws if `json` is not JSON at all.
    public static func problems(in json: Data) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed])
        // Throws if the schema was not embedded: no document passes an absent schema.
        return try JSONSchemaValidator(schema: Data(text.utf8)).problems(in: value)
    }
}
