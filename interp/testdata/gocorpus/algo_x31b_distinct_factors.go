package main

import "fmt"

// Problem 47: first of k consecutive integers with k distinct prime factors each.

func omegaSieve(n int) []uint8 {
	w := make([]uint8, n+1)
	for p := 2; p <= n; p++ {
		if w[p] == 0 {
			for m := p; m <= n; m += p {
				w[m]++
			}
		}
	}
	return w
}

func firstRun(w []uint8, k int) int {
	run := 0
	for i := 2; i < len(w); i++ {
		if int(w[i]) == k {
			run++
			if run == k {
				return i - k + 1
			}
		} else {
			run = 0
		}
	}
	return -1
}

func factors(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		if n%p == 0 {
			q := 1
			for n%p == 0 {
				q *= p
				n /= p
			}
			fs = append(fs, q)
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	w := omegaSieve(200_000)
	for k := 2; k <= 4; k++ {
		start := firstRun(w, k)
		fmt.Printf("k=%d start=%d\n", k, start)
		for i := start; i < start+k; i++ {
			fmt.Printf("  %d = %v\n", i, factors(i))
		}
	}
	hist := [8]int{}
	for _, v := range w[2:] {
		hist[v]++
	}
	fmt.Println("omega histogram:", hist)
}
