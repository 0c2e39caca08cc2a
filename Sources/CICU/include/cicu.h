// cicu.h: a small C shim over system ICU (libicu-dev).
//
// The header uses plain C types only: Swift modules that import Foundation
// (which bundles its own ICU) can call these functions without importing
// system ICU headers.
#ifndef THAINORM_CICU_H
#define THAINORM_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Status codes returned by the conversion functions.
enum {
    CICU_OK = 0,
    CICU_UNKNOWN_CHARSET = -1,   // ICU has no converter of that name
    CICU_INVALID_INPUT = -2,     // a byte or character cannot be converted; see error_offset
    CICU_BUFFER_TOO_SMALL = -3,  // dst_capacity is too small; see *length for the size needed
    CICU_FAILURE = -4            // any other ICU failure
};

/// Converts `src_length` bytes in the legacy charset `charset` (an ICU
/// converter name such as "windows-874") to UTF-16, stopping at the first
/// byte sequence the charset does not define.
///
/// On CICU_OK, `*length` is the number of UTF-16 code units written to `dst`.
/// On CICU_INVALID_INPUT, `*error_offset` is the byte offset of the first
/// offending byte.
int32_t cicu_decode(const char *charset,
                    const uint8_t *src, int32_t src_length,
                    uint16_t *dst, int32_t dst_capacity,
                    int32_t *length, int32_t *error_offset);

/// Converts UTF-16 text to bytes in `charset`, stopping at the first
/// character the charset cannot represent (no substitution).
///
/// On CICU_OK, `*length` is the number of bytes written to `dst`.
/// On CICU_INVALID_INPUT, `*error_offset` is the UTF-16 offset of the first
/// character that cannot be encoded.
int32_t cicu_encode(const char *charset,
                    const uint16_t *src, int32_t src_length,
                    uint8_t *dst, int32_t dst_capacity,
                    int32_t *length, int32_t *error_offset);

/// The version of the ICU library linked at run time, e.g. "72.1".
/// Writes a NUL-terminated string of at most `capacity` bytes.
void cicu_version(char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
