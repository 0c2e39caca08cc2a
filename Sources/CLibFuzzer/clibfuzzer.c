// libFuzzer's driver, declared weak: a program built with -sanitize=fuzzer links libFuzzer (its
// whole archive) and has it; any other build leaves it null instead of failing to link, so the
// fuzz target builds with the rest of the package.
//
// Why the program calls the driver itself rather than letting libFuzzer's main() run: on Linux
// SwiftPM links an executable with `--defsym main=<module>_main`, which takes the place of
// libFuzzer's main(); the target's main.swift calls the driver instead.
#include "clibfuzzer.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, thainorm_fuzz_target target) __attribute__((weak));

int thainorm_libfuzzer_linked(void) {
    return LLVMFuzzerRunDriver ? 1 : 0;
}

int thainorm_run_libfuzzer(int *argc, char ***argv, thainorm_fuzz_target target) {
    if (!LLVMFuzzerRunDriver) return -1;
    return LLVMFuzzerRunDriver(argc, argv, target);
}
