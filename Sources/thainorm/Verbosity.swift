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
        var tally = Tally()
        tally.add(edits: edits, findings: findings.count)
        summarize(name, tally: tally, findings: findings)
    }

    /// Says what normalizing `name` did, as `tally` counts it; with `-v`, lists `findings` (of a
    /// large input normalized window by window, each window's findings are listed as the window
    /// is done: `findings` is then empty).
    func summarize(_ name: String, tally: Tally, findings: [Finding] = []) {
        if quiet { return }
        if verbose {
            let total = tally.applied.values.reduce(0, +), held = tally.heldBack.values.reduce(0, +)
            Console.error("\(name): \(total) edits applied, \(held) held back, \(tally.findings) findings")
            for stage in Set(tally.applied.keys).union(tally.heldBack.keys).sorted() {
                let note = tally.heldBack[stage].map { ", \($0) held back" } ?? ""
                Console.error("  \(stage): \(tally.applied[stage] ?? 0)\(note)")
            }
            list(findings, of: name)
        } else if tally.findings > 0 {
            Console.error("thainorm: \(name): \(tally.findings) finding\(tally.findings == 1 ? "" : "s") (-v lists them)")
        }
    }

    /// With `-v`, lists `findings` of `name`.
    func list(_ findings: [Finding], of name: String) {
        guard verbose else { return }
        for finding in findings {
            Console.error("  \(name):\(finding.line):\(finding.column): \(finding.stage): \(finding.message)")
        }
    }

    /// The edits applied and held back, per stage, and the findings, counted.
    struct Tally {
        var applied: [String: Int] = [:], heldBack: [String: Int] = [:]
        var findings = 0

        mutating func add(edits: [Edit], findings: Int) {
            for edit in edits {
                if edit.applied { applied[edit.stage, default: 0] += 1 } else { heldBack[edit.stage, default: 0] += 1 }
            }
            self.findings += findings
        }
    }
}
