package main

import (
	"fmt"
	"strings"
	"unicode"
)

func shift(r rune, k int) rune {
	switch {
	case unicode.IsUpper(r):
		return 'A' + (r-'A'+rune(k)+26)%26
	case unicode.IsLower(r):
		return 'a' + (r-'a'+rune(k)+26)%26
	}
	return r
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune { return shift(r, k) }, s)
}

func vigenere(s, key string, dec bool) string {
	var b strings.Builder
	i := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			b.WriteRune(r)
			continue
		}
		k := int(unicode.ToLower(rune(key[i%len(key)])) - 'a')
		if dec {
			k = -k
		}
		b.WriteRune(shift(r, k))
		i++
	}
	return b.String()
}

func freq(s string) [26]int {
	var f [26]int
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			f[r-'a']++
		}
	}
	return f
}

func crack(cipher string) int {
	f := freq(cipher)
	best := 0
	for i, c := range f {
		if c > f[best] {
			best = i
		}
	}
	return (best - 4 + 26) % 26
}

func main() {
	msg := "Meet me at the secret place, everyone else needs to leave! Zebra?"
	c := caesar(msg, 3)
	fmt.Println(c)
	fmt.Println(caesar(c, -3))
	fmt.Println("guessed key:", crack(c))
	v := vigenere(msg, "Lemon", false)
	fmt.Println(v)
	fmt.Println(vigenere(v, "Lemon", true))
	fh := freq("Hello")
	fmt.Println(fh[:12])
	fmt.Printf("%q\n", caesar("xyz XYZ", 2))
}
