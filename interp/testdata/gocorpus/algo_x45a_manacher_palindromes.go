package main

import (
	"fmt"
	"strings"
)

func manacher(s string) []int {
	t := make([]byte, 0, 2*len(s)+3)
	t = append(t, '^')
	for i := 0; i < len(s); i++ {
		t = append(t, '#', s[i])
	}
	t = append(t, '#', '$')
	p := make([]int, len(t))
	c, r := 0, 0
	for i := 1; i < len(t)-1; i++ {
		if i < r {
			p[i] = min(r-i, p[2*c-i])
		}
		for t[i+1+p[i]] == t[i-1-p[i]] {
			p[i]++
		}
		if i+p[i] > r {
			c, r = i, i+p[i]
		}
	}
	return p
}

func longestPalindrome(s string) (int, string) {
	if s == "" {
		return 0, ""
	}
	p := manacher(s)
	best, center := 0, 0
	for i, v := range p {
		if v > best {
			best, center = v, i
		}
	}
	start := (center - best) / 2
	return start, s[start : start+best]
}

var comp = [256]byte{'A': 'T', 'T': 'A', 'C': 'G', 'G': 'C'}

// reverse-complement palindromes (restriction sites) of even length
func rcPalindromes(s string, minLen, maxLen int) [][2]int {
	var out [][2]int
	for i := range s {
		for l := minLen; l <= maxLen && i+l <= len(s); l += 2 {
			ok := true
			for k := 0; k < l/2; k++ {
				if comp[s[i+k]] != s[i+l-1-k] {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, [2]int{i + 1, l})
			}
		}
	}
	return out
}

func main() {
	for _, s := range []string{"GATTACATTAG", "abacdfgdcaba", "forgeeksskeegfor", "x", ""} {
		at, p := longestPalindrome(s)
		fmt.Printf("%-18q longest=%q at %d\n", s, p, at)
	}
	dna := "TCAATGCATGCGGGTATATGCATAT"
	fmt.Println(dna)
	for _, hit := range rcPalindromes(dna, 4, 8) {
		pos, l := hit[0], hit[1]
		fmt.Printf("%s%s  pos=%d len=%d\n", strings.Repeat(" ", pos-1), dna[pos-1:pos-1+l], pos, l)
	}
	fmt.Println(manacher("ACA"))
}
