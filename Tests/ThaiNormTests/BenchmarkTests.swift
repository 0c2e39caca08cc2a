import Foundation
import Testing
@testable import ThaiNorm

/// The development benchmark in `corpus/benchmark/` (built by `scripts/make-benchmark`):
/// complete, split half and half, and with gold that is clean by the benchmark's own definition.
@Suite("Benchmark (corpus/benchmark)")
struct BenchmarkTests {
    static let folder = Repository.corpus.appending(path: "benchmark")

    struct Passage: Sendable {
        var id: String, split: String, kind: String
    }

    static func manifest() throws -> [Passage] {
        let text = try String(contentsOf: folder.appending(path: "manifest.tsv"), encoding: .utf8)
        let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        return rows.map { Passage(id: String($0[0]), split: String($0[1]), kind: String($0[2])) }
    }

    static func routes() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "routes").path).sorted()
    }

    @Test("at least 200 passages of news and Acts, 30 of paperwork, 250,000 Thai characters")
    func size() throws {
        let passages = try Self.manifest()
        let paperwork: Set = ["order", "announcement", "memo"]
        #expect(passages.filter { !paperwork.contains($0.kind) }.count >= 200)
        #expect(passages.filter { paperwork.contains($0.kind) }.count >= 30)
        #expect(Set(passages.map(\.kind)).isSuperset(of: ["news", "act", "order", "announcement", "memo"]))
        var thai = 0
        for passage in passages {
            let gold = try String(contentsOf: Self.folder.appending(path: "gold/\(passage.id).txt"), encoding: .utf8)
            thai += gold.unicodeScalars.filter { (0x0E01...0x0E5B).contains($0.value) }.count
        }
        #expect(thai >= 250_000)
    }

    @Test("every passage has gold and a text from each of at least 6 routes")
    func complete() throws {
        let routes = try Self.routes()
        #expect(routes.count >= 6)
        let fm = FileManager.default
        for passage in try Self.manifest() {
            #expect(fm.fileExists(atPath: Self.folder.appending(path: "gold/\(passage.id).txt").path), "\(passage.id)")
            for route in routes {
                let url = Self.folder.appending(path: "routes/\(route)/\(passage.id).txt")
                let size = (try? fm.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
                #expect((size ?? 0) > 0, "\(route)/\(passage.id) is missing or empty")
            }
        }
    }

    @Test("the split file matches the manifest and halves every kind")
    func split() throws {
        let passages = try Self.manifest()
        let text = try String(contentsOf: Self.folder.appending(path: "split.tsv"), encoding: .utf8)
        let split = Dictionary(uniqueKeysWithValues: text.split(separator: "\n").dropFirst().map {
            let f = $0.split(separator: "\t"); return (String(f[0]), String(f[1]))
        })
        #expect(split.count == passages.count)
        for passage in passages { #expect(split[passage.id] == passage.split, "\(passage.id)") }
        for kind in Set(passages.map(\.kind)) {
            let tune = passages.filter { $0.kind == kind && $0.split == "tune" }.count
            let check = passages.filter { $0.kind == kind && $0.split == "check" }.count
            #expect(abs(tune - check) <= 1, "\(kind): \(tune) tune, \(check) check")
        }
    }

    @Test("gold is clean: NFC, sara am composed, no private-use or zero-width characters, single spaces")
    func goldIsClean() throws {
        let invisible: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD]
        for passage in try Self.manifest() {
            let gold = try String(contentsOf: Self.folder.appending(path: "gold/\(passage.id).txt"), encoding: .utf8)
            #expect(sameScalars(gold, gold.precomposedStringWithCanonicalMapping), "\(passage.id) is not NFC")
            let scalars = Array(gold.unicodeScalars)
            for (index, scalar) in scalars.enumerated() {
                let v = scalar.value
                #expect(!(0xE000...0xF8FF).contains(v) && !invisible.contains(v), "\(passage.id): U+\(String(v, radix: 16))")
                if v == 0x0E4D, index + 1 < scalars.count {
                    #expect(scalars[index + 1].value != 0x0E32, "\(passage.id): sara am decomposed")
                }
            }
            for line in gold.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                #expect(!line.isEmpty && !line.hasPrefix(" ") && !line.hasSuffix(" ") && !line.contains("  "),
                        "\(passage.id): \(line.prefix(40))")
            }
        }
    }
}
