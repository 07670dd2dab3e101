// Exercises: KMP prefix function and Z-function on strings, all occurrences, smallest period, []int32 conversions
package main

import (
	"fmt"
	"strings"
)

func prefixFn(s string) []int {
	pi := make([]int, len(s))
	for i := 1; i < len(s); i++ {
		k := pi[i-1]
		for k > 0 && s[i] != s[k] {
			k = pi[k-1]
		}
		if s[i] == s[k] {
			k++
		}
		pi[i] = k
	}
	return pi
}

func zFn(s string) []int32 {
	n := len(s)
	z := make([]int32, n)
	for i, l, r := 1, 0, 0; i < n; i++ {
		if i < r {
			z[i] = int32(min(r-i, int(z[i-l])))
		}
		for i+int(z[i]) < n && s[z[i]] == s[i+int(z[i])] {
			z[i]++
		}
		if i+int(z[i]) > r {
			l, r = i, i+int(z[i])
		}
	}
	return z
}

func main() {
	text, pat := "abababcababcabab", "abab"
	pi := prefixFn(pat + "#" + text)
	var occ []int
	for i, v := range pi {
		if v == len(pat) {
			occ = append(occ, i-2*len(pat))
		}
	}
	fmt.Println(occ, strings.Count(text, pat))
	for _, s := range []string{"abcabcabc", "aaaa", "abcd", "abaaba"} {
		p := prefixFn(s)
		per := len(s) - p[len(s)-1]
		fmt.Println(s, p, per, len(s)%per == 0, zFn(s))
	}
}
