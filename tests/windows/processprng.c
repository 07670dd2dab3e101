/*
 * bcryptprimitives.dll for Wine 8 (Debian 12), which lacks it: Go's
 * Windows runtime (since Go 1.22) loads it from System32 and takes its
 * random bytes from ProcessPrng, and throws "bcryptprimitives.dll not
 * found" at start-up without it. Windows 10 and later ship the DLL; only
 * the test's Wine prefix gets this one (test_wine.py builds it with
 * MinGW). ProcessPrng never fails on Windows; here it asks Wine's
 * BCryptGenRandom, the system's preferred generator, and reports its
 * result.
 */
#include <windows.h>
#include <bcrypt.h>
#include <limits.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	if (len > ULONG_MAX)
		return FALSE; /* never asked by Go; refused rather than cut short */
	return BCryptGenRandom(NULL, data, (ULONG)len, BCRYPT_USE_SYSTEM_PREFERRED_RNG) == 0;
}
