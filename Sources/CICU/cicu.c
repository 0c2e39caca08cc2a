// cicu.c: implementation of the ICU shim declared in include/cicu.h.
#include "cicu.h"

#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/uversion.h>

static UConverter *open_strict(const char *charset, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &error);
    if (U_FAILURE(error) || converter == NULL) {
        *status = CICU_UNKNOWN_CHARSET;
        return NULL;
    }
    error = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
    if (U_FAILURE(error)) {
        ucnv_close(converter);
        *status = CICU_FAILURE;
        return NULL;
    }
    *status = CICU_OK;
    return converter;
}

int32_t cicu_decode(const char *charset,
                    const uint8_t *src, int32_t src_length,
                    uint16_t *dst, int32_t dst_capacity,
                    int32_t *length, int32_t *error_offset) {
    int32_t status;
    *length = 0;
    *error_offset = -1;
    UConverter *converter = open_strict(charset, &status);
    if (converter == NULL) return status;

    const char *source = (const char *)src;
    const char *source_limit = source + src_length;
    UChar *target = (UChar *)dst;
    UChar *target_limit = target + dst_capacity;
    UErrorCode error = U_ZERO_ERROR;
    ucnv_toUnicode(converter, &target, target_limit, &source, source_limit, NULL, 1, &error);

    if (error == U_BUFFER_OVERFLOW_ERROR) {
        status = CICU_BUFFER_TOO_SMALL;
    } else if (error == U_INVALID_CHAR_FOUND || error == U_ILLEGAL_CHAR_FOUND ||
               error == U_TRUNCATED_CHAR_FOUND) {
        char invalid[32];
        int8_t invalid_length = (int8_t)sizeof(invalid);
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalid_length, &ignored);
        *error_offset = (int32_t)(source - (const char *)src) - invalid_length;
        status = CICU_INVALID_INPUT;
    } else if (U_FAILURE(error)) {
        status = CICU_FAILURE;
    }
    *length = (int32_t)(target - (UChar *)dst);
    ucnv_close(converter);
    return status;
}

int32_t cicu_encode(const char *charset,
                    const uint16_t *src, int32_t src_length,
                    uint8_t *dst, int32_t dst_capacity,
                    int32_t *length, int32_t *error_offset) {
    int32_t status;
    *length = 0;
    *error_offset = -1;
    UConverter *converter = open_strict(charset, &status);
    if (converter == NULL) return status;

    const UChar *source = (const UChar *)src;
    const UChar *source_limit = source + src_length;
    char *target = (char *)dst;
    char *target_limit = target + dst_capacity;
    UErrorCode error = U_ZERO_ERROR;
    ucnv_fromUnicode(converter, &target, target_limit, &source, source_limit, NULL, 1, &error);

    if (error == U_BUFFER_OVERFLOW_ERROR) {
        status = CICU_BUFFER_TOO_SMALL;
    } else if (error == U_INVALID_CHAR_FOUND || error == U_ILLEGAL_CHAR_FOUND ||
               error == U_TRUNCATED_CHAR_FOUND) {
        UChar invalid[8];
        int8_t invalid_length = (int8_t)(sizeof(invalid) / sizeof(invalid[0]));
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidUChars(converter, invalid, &invalid_length, &ignored);
        *error_offset = (int32_t)(source - (const UChar *)src) - invalid_length;
        status = CICU_INVALID_INPUT;
    } else if (U_FAILURE(error)) {
        status = CICU_FAILURE;
    }
    *length = (int32_t)(target - (char *)dst);
    ucnv_close(converter);
    return status;
}

void cicu_version(char *buffer, int32_t capacity) {
    if (capacity <= 0) return;
    UVersionInfo version;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(version);
    u_versionToString(version, text);
    strncpy(buffer, text, (size_t)capacity - 1);
    buffer[capacity - 1] = '\0';
}
