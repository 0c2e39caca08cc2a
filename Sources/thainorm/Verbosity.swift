import ArgumentParser
import ThaiNorm

/// `-q` and `-v`: how much a command says on standard error about what it did.
///
/// - default: one line per file that has findings (`thainorm: a.txt: 3 findings (-v lists them)`);
/// - `-v`: per file, the edits applied and held back per stage, then every finding;
/// - `-q`: nothing but errors.
struct Verbosity: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Say nothing on standard error but errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "List the edits per stage and every finding on standard error.")
    var verbose = false

    func validate() throws {
        guard !(quiet && verbose) else { throw ValidationError("give -q or -v, not both") }
    }

    /// Says on standard error what normalizing `name` did, as much as asked.
    func summarize(_ name: String, edits: [Edit], findings: [Finding]) {
        if quiet { return }
        if verbose {
            var applied: [String: Int] = [:], heldBack: [String: Int] = [:]
            for edit in edits {
                if edit.applied { applied[edit.stage, default: 0] += 1 } else { heldBack[edit.stage, default: 0] += 1 }
            }
            let total = applied.values.reduce(0, +), held = heldBack.values.reduce(0, +)
            Console.error("\(name): \(total) edits applied, \(held) held back, \(findings.count) findings")
            for stage in Set(applied.keys).union(heldBack.keys).sorted() {
                let note = heldBack[stage].map { ", \($0) held back" } ?? ""
                Console.error("  \(stage): \(applied[stage] ?? 0)\(note)")
            }
            for finding in findings {
                Console.error("  \(name):\(finding.line):\(finding.column): \(finding.stage): \(finding.message)")
            }
        } else if !findings.isEmpty {
            Console.error("thainorm: \(name): \(findings.count) finding\(findings.count == 1 ? "" : "s") (-v lists them)")
        }
    }
}
