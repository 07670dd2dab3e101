package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Cipher interface {
	Encrypt(string) string
	Decrypt(string) string
}

type Caesar int

func shift(r rune, k int) rune {
	switch {
	case unicode.IsUpper(r):
		return 'A' + (r-'A'+rune(k)+26)%26
	case unicode.IsLower(r):
		return 'a' + (r-'a'+rune(k)+26)%26
	}
	return r
}

func (c Caesar) Encrypt(s string) string {
	return strings.Map(func(r rune) rune { return shift(r, int(c)) }, s)
}
func (c Caesar) Decrypt(s string) string { return Caesar(26 - int(c)%26).Encrypt(s) }

type Vigenere struct{ Key string }

func (v Vigenere) apply(s string, sign int) string {
	var b strings.Builder
	i := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			k := int(unicode.ToLower(rune(v.Key[i%len(v.Key)])) - 'a')
			r = shift(r, sign*k)
			i++
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (v Vigenere) Encrypt(s string) string { return v.apply(s, 1) }
func (v Vigenere) Decrypt(s string) string { return v.apply(s, -1) }

func crack(ct string) (int, string) {
	freq := [26]int{}
	for _, r := range strings.ToLower(ct) {
		if r >= 'a' && r <= 'z' {
			freq[r-'a']++
		}
	}
	best := 0
	for i := range freq {
		if freq[i] > freq[best] {
			best = i
		}
	}
	k := (best - ('e' - 'a') + 26) % 26
	return k, Caesar(k).Decrypt(ct)
}

func main() {
	msg := "Meet me near the old tree at seven, bring the secret letter!"
	ciphers := map[string]Cipher{
		"caesar3":  Caesar(3),
		"rot13":    Caesar(13),
		"vigenere": Vigenere{"LEMON"},
	}
	names := make([]string, 0)
	for n := range ciphers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := ciphers[n]
		ct := c.Encrypt(msg)
		fmt.Printf("%-8s %s\n         roundtrip=%v\n", n, ct, c.Decrypt(ct) == msg)
	}
	k, pt := crack(Caesar(7).Encrypt(msg))
	fmt.Println("cracked key", k, ":", pt)
	fmt.Printf("%v %T %d\n", ciphers["caesar3"], ciphers["vigenere"], Caesar(29))
}
