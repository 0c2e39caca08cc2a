// swift-tools-version: 6.0
import PackageDescription

// thainorm: repair Thai text damaged by scanners and PDF extractors.
//
// Targets:
//   ThaiNorm        the library: decoding, repair stages, pipeline, evaluation.
//                   Never prints, never exits, no ArgumentParser.
//   CICU            a small C shim over system ICU (libicu-dev); its header
//                   uses plain C types only, so Swift code that imports
//                   Foundation can call it without clashing with Foundation's ICU.
//   thainorm        the command-line frontend (swift-argument-parser).
//   CFileSync       one C function: flush a whole file system (syncfs), which
//                   Swift's Glibc module does not declare; the batch commits
//                   its outputs in groups with it.
//   ThaiTrie        the lexicon tries: word lists read into a trie and laid out as
//                   a double array. Shared by the library and embed-mappings.
//   thainorm-fuzz   the fuzz target: libFuzzer over decode → normalize → extract,
//                   checking the pipeline's invariants (docs/fuzzing.md). Built for
//                   fuzzing only by scripts/fuzz (-sanitize=fuzzer,address); a plain
//                   build runs its checks once on the files it is given.
//   CLibFuzzer      one C function: run libFuzzer's driver when the program is
//                   linked with it (a weak symbol, so plain builds link too).
//   EmbedMappings   build-tool plugin: embeds the reviewed data in mappings/
//                   into the library, so the binary is self-contained, with the
//                   word lists' tries laid out at build time (embed-mappings).
let package = Package(
    name: "thainorm",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ThaiNorm", targets: ["ThaiNorm"]),
        .executable(name: "thainorm", targets: ["thainorm"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(name: "CFileSync"),
        .target(name: "ThaiTrie"),
        .executableTarget(name: "embed-mappings", dependencies: ["ThaiTrie"]),
        .plugin(
            name: "EmbedMappings",
            capability: .buildTool(),
            dependencies: ["embed-mappings"]
        ),
        .target(
            name: "ThaiNorm",
            dependencies: ["CICU", "ThaiTrie", .product(name: "HeapModule", package: "swift-collections")],
            exclude: ["Extraction/structure.schema.json"],
            plugins: ["EmbedMappings"]
        ),
        .executableTarget(
            name: "thainorm",
            dependencies: [
                "ThaiNorm",
                "CFileSync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "thainorm-fuzz",
            dependencies: ["ThaiNorm", "CLibFuzzer"],
            exclude: ["thainorm.dict"]
        ),
        .testTarget(
            name: "ThaiNormTests",
            dependencies: ["ThaiNorm", "ThaiTrie"],
            exclude: ["Cases", "PeerCases"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["thainorm"],
            exclude: ["Fixtures"]
        ),
    ]
)
