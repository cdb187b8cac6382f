/* Test tooling only, never shipped: Windows 10 has the system ICU (icuuc.dll), Wine 8 has
   none, and Qt 6.10+'s Qt6Core.dll imports 21 of its converter functions, so no Qt program
   loads under Wine 8 without this stand-in. Every converter fails to open
   (U_FILE_ACCESS_ERROR), and Qt falls back on its own UTF-8/16/32 and Latin-1 codecs, which
   are all the app uses. scripts/build_windows.sh checks that no stub lands in the bundle. */
#include <stdint.h>
#include <stddef.h>
typedef int UErrorCode; typedef uint16_t UChar; typedef int8_t UBool;
#define FAIL(e) do { if ((e) && *(e) <= 0) *(e) = 4; } while (0)
#define API __declspec(dllexport)
API void *ucnv_open(const char *n, UErrorCode *e) { (void)n; FAIL(e); return NULL; }
API void ucnv_close(void *c) { (void)c; }
API void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *a, void *b, const UChar *c, int32_t d, int32_t f, int g, UErrorCode *e) { (void)a;(void)b;(void)c;(void)d;(void)f;(void)g;(void)e; }
API void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *a, void *b, const char *c, int32_t d, int g, UErrorCode *e) { (void)a;(void)b;(void)c;(void)d;(void)g;(void)e; }
API void ucnv_reset(void *c) { (void)c; }
API int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
API const char *ucnv_getName(const void *c, UErrorCode *e) { (void)c; FAIL(e); return NULL; }
API void ucnv_getToUCallBack(const void *c, void **a, const void **x) { (void)c; if (a) *a = NULL; if (x) *x = NULL; }
API void ucnv_getFromUCallBack(const void *c, void **a, const void **x) { (void)c; if (a) *a = NULL; if (x) *x = NULL; }
API void ucnv_setToUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *e) { (void)c;(void)n;(void)nc;(void)o;(void)oc; FAIL(e); }
API void ucnv_setFromUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *e) { (void)c;(void)n;(void)nc;(void)o;(void)oc; FAIL(e); }
API void ucnv_cbToUWriteUChars(void *a, const UChar *s, int32_t l, int32_t o, UErrorCode *e) { (void)a;(void)s;(void)l;(void)o; FAIL(e); }
API void ucnv_cbFromUWriteUChars(void *a, const UChar **s, const UChar *sl, int32_t o, UErrorCode *e) { (void)a;(void)s;(void)sl;(void)o; FAIL(e); }
API void ucnv_toUnicode(void *c, UChar **t, const UChar *tl, const char **s, const char *sl, int32_t *o, UBool f, UErrorCode *e) { (void)c;(void)t;(void)tl;(void)s;(void)sl;(void)o;(void)f; FAIL(e); }
API void ucnv_fromUnicode(void *c, char **t, const char *tl, const UChar **s, const UChar *sl, int32_t *o, UBool f, UErrorCode *e) { (void)c;(void)t;(void)tl;(void)s;(void)sl;(void)o;(void)f; FAIL(e); }
API int32_t ucnv_toUCountPending(const void *c, UErrorCode *e) { (void)c; FAIL(e); return 0; }
API int32_t ucnv_fromUCountPending(const void *c, UErrorCode *e) { (void)c; FAIL(e); return 0; }
API const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *e) { (void)n;(void)s; FAIL(e); return NULL; }
API const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
API int32_t ucnv_countAvailable(void) { return 0; }
