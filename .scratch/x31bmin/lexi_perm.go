// Reduction of algo_x31b_lexi_perm.go: TIMEOUT (program style in the full run; notebook style took 9.0 s,
// i.e. borderline, and both styles passed in the batch-2 run at 4.5-6.2 s).
// go run prints "8241697530" in ~0.17 s. The session is interrupted at 10 s in both styles with 3_000_000 steps;
// with 300_000 steps it matches Go in 1.2-2.4 s. Pure interpretation speed of a byte-slice loop.
package main

import "fmt"

func nextPermutation(b []byte) bool {
	i := len(b) - 2
	for i >= 0 && b[i] >= b[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(b) - 1
	for b[j] <= b[i] {
		j--
	}
	b[i], b[j] = b[j], b[i]
	for l, r := i+1, len(b)-1; l < r; l, r = l+1, r-1 {
		b[l], b[r] = b[r], b[l]
	}
	return true
}

func main() {
	b := []byte("0123456789")
	for i := 1; i < 3_000_000; i++ {
		nextPermutation(b)
	}
	fmt.Println(string(b))
}
