#ifndef THAINORM_CLIBFUZZER_H
#define THAINORM_CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// What libFuzzer calls with each input (the type of LLVMFuzzerTestOneInput).
typedef int (*thainorm_fuzz_target)(const uint8_t *data, size_t size);

/// 1 when the program was linked with libFuzzer (built with -sanitize=fuzzer), else 0.
int thainorm_libfuzzer_linked(void);

/// Runs libFuzzer on `target` with the program's arguments (LLVMFuzzerRunDriver) and returns
/// its exit status; -1 when the program was not linked with libFuzzer.
int thainorm_run_libfuzzer(int *argc, char ***argv, thainorm_fuzz_target target);

#endif
