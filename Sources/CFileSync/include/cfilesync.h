#ifndef THAINORM_CFILESYNC_H
#define THAINORM_CFILESYNC_H

/// Flushes to disk every file written on the file system that holds the open
/// file or folder `descriptor`: one flush for many files, where fsync would
/// take one each. Linux: syncfs(2). Elsewhere: sync(2), which flushes all
/// file systems. Returns 0, or -1 with errno set.
int thainorm_sync_file_system(int descriptor);

#endif
