package memlimit

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// capAddressSpace caps the address space at what the process maps now
// plus twice limit.
func capAddressSpace(limit int64) bool {
	if raceDetector {
		return false
	}
	vm := vmSize()
	if vm == 0 {
		return false
	}
	as := uint64(vm + 2*limit)
	return syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: as, Max: as}) == nil
}

// vmSize returns the process's mapped address space in bytes (VmSize).
func vmSize() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmSize:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}
