//go:build !linux

package memlimit

// capAddressSpace does nothing outside Linux.
func capAddressSpace(int64) bool { return false }
