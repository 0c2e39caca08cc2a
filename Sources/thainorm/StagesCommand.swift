import ArgumentParser
import ThaiNorm

struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the repair stages in pipeline order."
    )

    func run() throws {
        let stages = Pipeline.stages()
        let labels = stages.enumerated().map { "\($0.offset + 1). \($0.element.name)" }
        let width = labels.map(\.count).max() ?? 0
        for (label, stage) in zip(labels, stages) {
            let padding = String(repeating: " ", count: width - label.count)
            try Console.output("\(label)\(padding)  \(stage.summary)\n")
        }
    }
}

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of what extract writes (and eval-structure reads)."
    )

    func run() throws {
        try Console.output(StructureSchema.text)
    }
}
