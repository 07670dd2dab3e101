// Exercises: Caesar cipher encode/decode over runes, preserving case and non-letters.
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

func caesar(s string, k int) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(shift(r, k%26))
	}
	return b.String()
}

func crack(cipher string) int {
	best, bestScore := 0, -1
	for k := 0; k < 26; k++ {
		plain := caesar(cipher, -k)
		score := strings.Count(plain, "e") + strings.Count(plain, "the ")*3
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	return best
}

func main() {
	msg := "The quick brown fox jumps over the lazy dog!"
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3))
	fmt.Println(caesar("Zebra-123", 1), caesar("abc", 27))
	secret := caesar("meet me near the tree at seven in the evening", 11)
	k := crack(secret)
	fmt.Println(secret)
	fmt.Println(k, caesar(secret, -k))
}
