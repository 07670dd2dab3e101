package main

import (
	"fmt"
	"strings"
)

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)%26+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)%26+26)%26
	}
	return r
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune { return shift(r, k) }, s)
}

func vigenere(s, key string, decrypt bool) string {
	var b strings.Builder
	i := 0
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') {
			k := int(key[i%len(key)] - 'A')
			if decrypt {
				k = -k
			}
			b.WriteRune(shift(r, k))
			i++
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func crack(cipher string) int {
	// pick shift that maximises count of 'e'
	best, bestCount := 0, -1
	for k := 0; k < 26; k++ {
		c := strings.Count(strings.ToLower(caesar(cipher, -k)), "e")
		if c > bestCount {
			best, bestCount = k, c
		}
	}
	return best
}

func main() {
	msg := "The quick brown fox jumps over the lazy dog. Meet me here!"
	for _, k := range []int{3, 13, -1, 52} {
		enc := caesar(msg, k)
		fmt.Printf("k=%3d %s | back ok: %v\n", k, enc, caesar(enc, -k) == msg)
	}
	enc := vigenere("ATTACK AT DAWN", "LEMON", false)
	fmt.Println(enc, "->", vigenere(enc, "LEMON", true))
	secret := caesar("these sentences have plenty of the letter e everywhere", 7)
	fmt.Println(secret, "cracked k =", crack(secret))
	fmt.Println(caesar("Üñí 123", 1))
}
