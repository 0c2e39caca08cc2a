// thainorm-fuzz: libFuzzer over decode → normalize → extract, checking the pipeline's invariants
// on every input (PipelineInvariants.swift; docs/fuzzing.md).
//
// Built for fuzzing by scripts/fuzz (`-sanitize=fuzzer,address`): then the arguments are
// libFuzzer's (corpus folders, -max_total_time=…, or crash files to run once). A plain build has
// no libFuzzer: it runs the checks once on each file named, so a crash artifact can be
// reproduced without the sanitized build.
import CLibFuzzer
import Foundation

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
if thainorm_libfuzzer_linked() != 0 {
    exit(thainorm_run_libfuzzer(&argc, &argv) { data, size in thainormFuzzOneInput(data, size) })
}

let files = CommandLine.arguments.dropFirst()
if files.isEmpty || files.contains(where: { $0.hasPrefix("-") }) {
    FileHandle.standardError.write(Data("""
        usage: thainorm-fuzz FILE...
        This build has no libFuzzer: it checks each FILE once (as the fuzzer checks an input).
        To fuzz, run scripts/fuzz [SECONDS] (see docs/fuzzing.md).

        """.utf8))
    exit(2)
}
for file in files {
    guard let bytes = FileManager.default.contents(atPath: file) else {
        FileHandle.standardError.write(Data("thainorm-fuzz: cannot read \(file)\n".utf8))
        exit(1)
    }
    let read = PipelineInvariants.check([UInt8](bytes))
    print("ok \(file) (\(read))")
}
