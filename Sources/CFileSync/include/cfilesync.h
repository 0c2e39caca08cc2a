#ifndef THAINORM_CFILESYNC_H
#define THAINORM_CFILESYNC_H

/// Flushes to disk every file written on the file system that holds the open
/// file or folder `descriptor`: one flush for many files, where fsync would
/// take one each: syncfs(2). Returns 0, or -1 with errno set; ENOSYS where
/// the system has no such flush (not Linux), and each file must be flushed alone.
int thainorm_sync_file_system(int descriptor);

#endif
