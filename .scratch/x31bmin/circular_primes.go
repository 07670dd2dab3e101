// Reduction of algo_x31b_circular_primes.go (both styles): TIMEOUT.
// go run prints "2999999" in well under 1 s.
// The session is interrupted at the 10 s limit ("Interrupted: the cell was interrupted; ...") in both styles.
// With the bound 100_000 it matches Go in 1.0-1.5 s: strconv.Itoa/Atoi + string concatenation per rotation
// over 1e6 numbers is just too slow in the session.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	count := 0
	for n := 2; n < 1_000_000; n++ {
		s := strconv.Itoa(n)
		for i := range s {
			v, _ := strconv.Atoi(s[i:] + s[:i])
			count += v & 1
		}
	}
	fmt.Println(count)
}
