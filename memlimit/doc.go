// Package memlimit bounds the memory of a gobackprop child process - the
// kernel's session worker and the grader's worker - and reads and writes
// the sizes people give limits in ("2GiB").
//
// # Three bounds
//
// Apply sets the Go heap limit (debug.SetMemoryLimit), so the collector
// works harder near it; starts a watchdog that calls back past it, so a
// loop that keeps allocating ends with a clear message; and on Linux caps
// the address space (RLIMIT_AS) at what the process maps now plus twice
// the limit, so that one huge allocation, which the watchdog would see
// too late, fails at once: the Go runtime then dies with "fatal error:
// out of memory", which the parent reports. The factor covers stacks,
// the collector's metadata and fragmentation.
//
// The race detector's shadow memory does not fit under an address-space
// cap: race builds skip it.
package memlimit
