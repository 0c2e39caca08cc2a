import Foundation
import PackagePlugin

/// Embeds the reviewed data files in `mappings/` (`*.tsv`, `*.txt`), and the extraction's
/// published schema, into the
/// target as generated Swift source, so the library and the `thainorm` binary
/// carry their data and work offline from any location.
///
/// The word lists the library reads as tries (the lexicon, the syllables) are also laid
/// out at build time, into `EmbeddedTries.swift`.
///
/// The files stay the single source of truth: edit them, rebuild, and the
/// generated `EmbeddedMappings.swift` and `EmbeddedTries.swift` follow.
@main
struct EmbedMappings: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let directory = context.package.directoryURL.appending(path: "mappings")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }
            .sorted()
        // The published schema of the extraction, which `thainorm schema` prints and
        // `eval-structure` checks documents against.
        let schema = context.package.directoryURL.appending(path: "Sources/ThaiNorm/Extraction/structure.schema.json")
        let inputs = names.map { directory.appending(path: $0) } + [schema]
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedMappings.swift")
        let tries = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTries.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) mapping files",
                executable: try context.tool(named: "embed-mappings").url,
                arguments: [output.path, tries.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output, tries]
            )
        ]
    }
}
