package memlimit

import (
	"fmt"
	"regexp"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"
)

// Apply bounds the process's memory at limit bytes (see the package
// documentation) and returns the names of the bounds in place:
// "memory-watchdog", and "rlimit-as" where the address space is capped.
// exceeded is called, from the watchdog's goroutine, once the heap's
// objects pass the limit; it should end the process.
func Apply(limit int64, exceeded func(msg string)) []string {
	debug.SetMemoryLimit(limit)
	applied := []string{"memory-watchdog"}
	if capAddressSpace(limit) {
		applied = append(applied, "rlimit-as")
	}
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for range time.Tick(50 * time.Millisecond) {
			metrics.Read(sample)
			if sample[0].Value.Kind() == metrics.KindUint64 && int64(sample[0].Value.Uint64()) > limit {
				exceeded(fmt.Sprintf("memory limit exceeded: more than %s in use", Format(limit)))
				return
			}
		}
	}()
	return applied
}

// Format writes a byte count the way people write limits: "2 GiB".
func Format(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

// Parse reads a byte count such as "512MiB", "2GiB", "2G", "1500000"
// (binary units: K, M, G are powers of 1024). It returns an error for
// anything else, or a negative count.
func Parse(s string) (int64, error) {
	m := sizeRE.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("size %q: want a number and a unit, like 2GiB", s)
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, fmt.Errorf("size %q: %w", s, err)
	}
	shift := map[string]uint{"": 0, "K": 10, "M": 20, "G": 30, "T": 40}[strings.ToUpper(m[2])]
	return int64(v * float64(uint64(1)<<shift)), nil
}

var sizeRE = regexp.MustCompile(`^\s*([0-9]+(?:\.[0-9]*)?)\s*(|[KMGTkmgt])(?:i?[Bb])?\s*$`)
