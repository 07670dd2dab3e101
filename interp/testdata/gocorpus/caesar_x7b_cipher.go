// Exercises: a Caesar cipher with strings.Map and a closure over the shift, negative modulo, brute-force cracking scored by letter frequency, rune arithmetic.
package main

import (
	"fmt"
	"strings"
)

func shift(k int) func(rune) rune {
	k = ((k % 26) + 26) % 26
	return func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k))%26
		}
		return r
	}
}

func score(s string) int {
	n := 0
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune("etaoin shr", r) {
			n++
		}
	}
	return n
}

func main() {
	plain := "Meet me at the Old Bridge at Nine, bring the maps!"
	enc := strings.Map(shift(3), plain)
	fmt.Println(enc)
	fmt.Println(strings.Map(shift(-3), enc) == plain, strings.Map(shift(29), plain) == enc)
	best, bestScore := 0, -1
	for k := 0; k < 26; k++ {
		if s := score(strings.Map(shift(-k), enc)); s > bestScore {
			best, bestScore = k, s
		}
	}
	fmt.Println("cracked key", best, "score", bestScore)
	fmt.Println(strings.Map(shift(-best), enc))
	fmt.Println(strings.Map(shift(13), "Hello, World"), string(shift(1)('z')))
}
