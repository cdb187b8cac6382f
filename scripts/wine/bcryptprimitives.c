/* Test tooling only, never shipped: Windows 10 has bcryptprimitives.dll, Wine 8 has none.
   The Rust standard library inside cryptography's _rust.pyd imports ProcessPrng from it, so
   under Wine 8 `import cryptography` fails without this stand-in. It fills the buffer from
   Wine's RtlGenRandom (advapi32 SystemFunction036), the system's own random source. */
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID, ULONG);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk; len -= chunk;
    }
    return TRUE;
}
