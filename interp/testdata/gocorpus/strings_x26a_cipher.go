package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Cipher interface {
	Encode(string) string
	Decode(string) string
}

type shift int

func NewCaesar() Cipher { return shift(3) }

func NewShift(d int) Cipher {
	if d == 0 || d <= -26 || d >= 26 {
		return nil
	}
	return shift(d)
}

func (s shift) Encode(in string) string { return vigenere{[]int{int(s)}}.Encode(in) }
func (s shift) Decode(in string) string { return vigenere{[]int{int(s)}}.Decode(in) }

type vigenere struct{ keys []int }

func NewVigenere(key string) Cipher {
	if key == "" {
		return nil
	}
	var ks []int
	allA := true
	for _, r := range key {
		if r < 'a' || r > 'z' {
			return nil
		}
		allA = allA && r == 'a'
		ks = append(ks, int(r-'a'))
	}
	if allA {
		return nil
	}
	return vigenere{ks}
}

func (v vigenere) apply(in string, sign int) string {
	var sb strings.Builder
	i := 0
	for _, r := range strings.ToLower(in) {
		if !unicode.IsLetter(r) || r > 'z' {
			continue
		}
		k := v.keys[i%len(v.keys)] * sign
		sb.WriteRune('a' + rune(((int(r-'a')+k)%26+26)%26))
		i++
	}
	return sb.String()
}

func (v vigenere) Encode(in string) string { return v.apply(in, 1) }
func (v vigenere) Decode(in string) string { return v.apply(in, -1) }

func main() {
	ciphers := map[string]Cipher{
		"caesar":    NewCaesar(),
		"shift-5":   NewShift(-5),
		"vig-lemon": NewVigenere("lemon"),
	}
	names := []string{"caesar", "shift-5", "vig-lemon"}
	plain := "Attack at dawn! Über 9000."
	for _, n := range names {
		c := ciphers[n]
		enc := c.Encode(plain)
		fmt.Printf("%-10s %-22s %s\n", n, enc, c.Decode(enc))
	}
	fmt.Println(NewShift(0) == nil, NewShift(26) == nil, NewVigenere("aaa") == nil, NewVigenere("Abc") == nil)
	fmt.Printf("%T %T\n", NewCaesar(), NewVigenere("key"))
	rot13 := strings.NewReplacer()
	_ = rot13
	r13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(r13, "Hello, World!"), strings.Map(r13, strings.Map(r13, "Hello, World!")))
}
