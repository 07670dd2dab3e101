// Exercises: Caesar and Vigenere ciphers through a Cipher interface, method values stored in variables
package main

import (
	"fmt"
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
func (c Caesar) Decrypt(s string) string { return Caesar(26 - int(c)).Encrypt(s) }

type Vigenere struct{ key string }

func (v Vigenere) apply(s string, sign int) string {
	out := []rune{}
	i := 0
	for _, r := range strings.ToUpper(s) {
		if r < 'A' || r > 'Z' {
			continue
		}
		k := int(v.key[i%len(v.key)] - 'A')
		out = append(out, shift(r, sign*k))
		i++
	}
	return string(out)
}
func (v Vigenere) Encrypt(s string) string { return v.apply(s, 1) }
func (v Vigenere) Decrypt(s string) string { return v.apply(s, -1) }

func main() {
	msg := "The quick brown fox Jumped over the lazy Dog"
	for _, c := range []Cipher{Caesar(11), Vigenere{"VIGENERECIPHER"}} {
		enc := c.Encrypt(msg)
		fmt.Printf("%T\n  %s\n  %s\n", c, enc, c.Decrypt(enc))
	}
	rot13 := Caesar(13).Encrypt
	fmt.Println(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
	fmt.Printf("%T\n", rot13)
}
