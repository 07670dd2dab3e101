// Reduction of methods_x31b_totient.go (both styles): TIMEOUT.
// go run prints "1" in ~0.25 s. The session is interrupted at 10 s in both styles.
// With the bound 100_000 it matches Go but takes 4-7 s. The cost is slices.Sort on a 6-byte slice:
// 100k calls of slices.Sort take ~3.5 s in the session, the same loop with a hand-written insertion
// sort ~0.4-0.65 s (both ~0.1 s with go run). Generic stdlib sorting is the hot spot.
package main

import (
	"fmt"
	"slices"
	"strconv"
)

func isPerm(a, b int) bool {
	x, y := []byte(strconv.Itoa(a)), []byte(strconv.Itoa(b))
	slices.Sort(x)
	slices.Sort(y)
	return string(x) == string(y)
}

func main() {
	count := 0
	for n := 2; n <= 1_000_000; n++ {
		if isPerm(n, n+9) {
			count++
		}
	}
	fmt.Println(count)
}
