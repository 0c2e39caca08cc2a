import Foundation
import Testing

/// The rule of the performance layer: in the ThaiNorm module, raw pointers live only in
/// `Sources/ThaiNorm/Scanning/`, behind safe APIs; no stage, detector, extractor or other
/// file names an `Unsafe…` type or calls a `withUnsafe…` function.
@Suite("Unsafe code in one layer")
struct UnsafeLayerTests {
    /// `Sources/ThaiNorm`, found from this file (`Tests/ThaiNormTests/UnsafeLayerTests.swift`).
    static let module = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Sources/ThaiNorm")

    /// The Swift files under `Sources/ThaiNorm`, as paths relative to it.
    static func swiftFiles() throws -> [String] {
        let base = module.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: module, includingPropertiesForKeys: nil) else { return [] }
        var files: [String] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let path = url.standardizedFileURL.path
            files.append(path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path)
        }
        return files.sorted()
    }

    /// Whether `text` names an unsafe pointer type or calls a `withUnsafe…` function.
    static func holdsPointerCode(_ text: String) -> Bool {
        text.contains("Unsafe") || text.contains("withUnsafe")
    }

    @Test("no file outside Scanning/ holds Unsafe or withUnsafe")
    func pointersOnlyInScanning() throws {
        let files = try Self.swiftFiles()
        // The walk found the module (not an empty or wrong directory).
        #expect(files.contains("Pipeline/Normalizer.swift"))
        #expect(files.contains { $0.hasPrefix("Scanning/") })
        var offenders: [String] = []
        for file in files where !file.hasPrefix("Scanning/") {
            let text = try String(contentsOf: Self.module.appending(path: file), encoding: .utf8)
            if Self.holdsPointerCode(text) { offenders.append(file) }
        }
        #expect(offenders.isEmpty, "pointer code outside Sources/ThaiNorm/Scanning/: \(offenders)")
    }

    @Test("the check sees pointer code")
    func checkFindsPointers() {
        #expect(Self.holdsPointerCode("let p: UnsafeBufferPointer<UInt8>"))
        #expect(Self.holdsPointerCode("line.withUnsafeBufferPointer { $0.count }"))
        #expect(!Self.holdsPointerCode("ScalarScan.firstIndex(in: line, from: 0) { $0 == \" \" }"))
    }
}
