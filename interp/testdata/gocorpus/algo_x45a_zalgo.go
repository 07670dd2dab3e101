package main

import (
	"fmt"
	"strings"
)

func zArray(s string) []int {
	n := len(s)
	z := make([]int, n)
	if n == 0 {
		return z
	}
	z[0] = n
	l, r := 0, 0
	for i := 1; i < n; i++ {
		if i < r {
			z[i] = min(r-i, z[i-l])
		}
		for i+z[i] < n && s[z[i]] == s[i+z[i]] {
			z[i]++
		}
		if i+z[i] > r {
			l, r = i, i+z[i]
		}
	}
	return z
}

func findAll(text, pat string) []int {
	const sep = "$"
	z := zArray(pat + sep + text)
	var res []int
	for i := len(pat) + 1; i < len(z); i++ {
		if z[i] >= len(pat) {
			res = append(res, i-len(pat)-1)
		}
	}
	return res
}

func smallestPeriod(s string) int {
	z := zArray(s)
	for p := 1; p < len(s); p++ {
		if len(s)%p == 0 && z[p] == len(s)-p {
			return p
		}
	}
	return len(s)
}

func main() {
	s := "ACGACGTACGACG"
	z := zArray(s)
	fmt.Println("i  :", func() string {
		var b strings.Builder
		for i := range s {
			fmt.Fprintf(&b, "%3d", i)
		}
		return b.String()
	}())
	fmt.Print("chr:")
	for _, c := range s {
		fmt.Printf("%3c", c)
	}
	fmt.Println()
	fmt.Print("z  :")
	for _, v := range z {
		fmt.Printf("%3d", v)
	}
	fmt.Println()
	fmt.Println("ACG at", findAll(s, "ACG"))
	fmt.Println("GT at", findAll(s, "GT"))
	for _, w := range []string{"ATATAT", "ACGACGACG", "GATTACA", "AAAA"} {
		p := smallestPeriod(w)
		fmt.Printf("%-10s period=%d unit=%q\n", w, p, w[:p])
	}
}
