// syncfs(2) is a GNU extension: Swift's Glibc module does not declare it.
#define _GNU_SOURCE
#include <unistd.h>
#include "cfilesync.h"

int thainorm_sync_file_system(int descriptor) {
#if defined(__linux__)
    return syncfs(descriptor);
#else
    (void)descriptor;
    sync();
    return 0;
#endif
}
