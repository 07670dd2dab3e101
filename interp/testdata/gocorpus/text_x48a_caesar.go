package main

import (
	"fmt"
	"strings"
)

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func encrypt(s string, k int) string {
	return strings.Map(func(r rune) rune { return shift(r, k) }, s)
}

func decrypt(s string, k int) string { return encrypt(s, -k) }

func letterFreq(s string) map[rune]int {
	f := map[rune]int{}
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			f[r]++
		}
	}
	return f
}

func main() {
	msg := "Meet me at the Library, 3 PM!"
	for _, k := range []int{1, 3, 13, 25} {
		enc := encrypt(msg, k)
		fmt.Printf("k=%2d %-32q -> %q\n", k, enc, decrypt(enc, k))
	}
	rot := encrypt("Hello", 13)
	fmt.Println(rot, encrypt(rot, 13))
	freq := letterFreq(msg)
	best, bestN := 'a', 0
	for r := 'a'; r <= 'z'; r++ {
		if freq[r] > bestN {
			best, bestN = r, freq[r]
		}
	}
	fmt.Printf("most common: %c (%d)\n", best, bestN)
	fmt.Println(freq)
	vowels := 0
	for _, r := range msg {
		if strings.ContainsRune("aeiouAEIOU", r) {
			vowels++
		}
	}
	fmt.Println("vowels:", vowels, "consonants:", len(freq)-vowels)
}
