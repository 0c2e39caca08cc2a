import ArgumentParser
import ThaiNorm

struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the repair stages in pipeline order."
    )

    func run() throws {
        let stages = Pipeline.stages()
        let width = stages.map(\.name.count).max() ?? 0
        for (index, stage) in stages.enumerated() {
            let padding = String(repeating: " ", count: width - stage.name.count)
            try Console.output("\(index + 1). \(stage.name)\(padding)  \(stage.summary)\n")
        }
    }
}
