// syncfs(2) is a GNU extension: Swift's Glibc module does not declare it.
#define _GNU_SOURCE
#include <errno.h>
#include <unistd.h>
#include "cfilesync.h"

int thainorm_sync_file_system(int descriptor) {
#if defined(__linux__)
    return syncfs(descriptor);
#else
    /* sync(2) need not wait for the writes it starts: no flush of a file system here. */
    (void)descriptor;
    errno = ENOSYS;
    return -1;
#endif
}
