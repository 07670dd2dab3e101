package main

import (
	"fmt"
	"strings"
)

func prefixFunction(p string) []int {
	pi := make([]int, len(p))
	for i, k := 1, 0; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = pi[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		pi[i] = k
	}
	return pi
}

func kmpSearch(text, pat string) []int {
	if pat == "" {
		return []int{0}
	}
	pi := prefixFunction(pat)
	var res []int
	for i, k := 0, 0; i < len(text); i++ {
		for k > 0 && text[i] != pat[k] {
			k = pi[k-1]
		}
		if text[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			res = append(res, i-k+1)
			k = pi[k-1]
		}
	}
	return res
}

func zFunction(s string) []int {
	z := make([]int, len(s))
	for i, l, r := 1, 0, 0; i < len(s); i++ {
		if i < r {
			z[i] = min(r-i, z[i-l])
		}
		for i+z[i] < len(s) && s[z[i]] == s[i+z[i]] {
			z[i]++
		}
		if i+z[i] > r {
			l, r = i, i+z[i]
		}
	}
	return z
}

const (
	base = 256
	mod  = 1_000_000_007
)

func rabinKarp(text, pat string) []int {
	n, m := len(text), len(pat)
	if m > n {
		return nil
	}
	var hp, ht, pow uint64 = 0, 0, 1
	for i := 0; i < m; i++ {
		hp = (hp*base + uint64(pat[i])) % mod
		ht = (ht*base + uint64(text[i])) % mod
		if i > 0 {
			pow = pow * base % mod
		}
	}
	var res []int
	for i := 0; ; i++ {
		if hp == ht && text[i:i+m] == pat {
			res = append(res, i)
		}
		if i+m >= n {
			break
		}
		ht = (ht + mod - uint64(text[i])*pow%mod) % mod
		ht = (ht*base + uint64(text[i+m])) % mod
	}
	return res
}

func shortestPalindrome(s string) string {
	rev := []byte(s)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	pi := prefixFunction(s + "#" + string(rev))
	keep := pi[len(pi)-1]
	return string(rev[:len(s)-keep]) + s
}

func repeatedSubstringPattern(s string) bool {
	return strings.Contains((s + s)[1:2*len(s)-1], s)
}

func main() {
	fmt.Println(prefixFunction("aabaaab"), prefixFunction("abcabcd"))
	text := "abababcabababcab"
	fmt.Println(kmpSearch(text, "ababc"), kmpSearch(text, "ab"), kmpSearch("aaa", "b"), kmpSearch("x", ""))
	fmt.Println(zFunction("aaabaab"), zFunction("abacaba"))
	fmt.Println(rabinKarp(text, "ababc"), rabinKarp("GEEKS FOR GEEKS", "GEEK"), rabinKarp("ab", "abc"))
	fmt.Printf("%q %q %q\n", shortestPalindrome("aacecaaa"), shortestPalindrome("abcd"), shortestPalindrome(""))
	fmt.Println(repeatedSubstringPattern("abab"), repeatedSubstringPattern("aba"), repeatedSubstringPattern("abcabcabcabc"))
	fmt.Println(strings.Index(text, "cab"), strings.LastIndex(text, "cab"), strings.Count(text, "ab"))
}
