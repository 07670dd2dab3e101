package main

import (
	"errors"
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
		return 'A' + rune((int(r-'A')+k%26+26)%26)
	case unicode.IsLower(r):
		return 'a' + rune((int(r-'a')+k%26+26)%26)
	}
	return r
}

func (c Caesar) Encrypt(s string) string {
	return strings.Map(func(r rune) rune { return shift(r, int(c)) }, s)
}

func (c Caesar) Decrypt(s string) string { return Caesar(-c).Encrypt(s) }

type Vigenere struct{ key []int }

func NewVigenere(key string) (*Vigenere, error) {
	if key == "" {
		return nil, errors.New("vigenere: empty key")
	}
	v := &Vigenere{}
	for _, r := range strings.ToUpper(key) {
		if r < 'A' || r > 'Z' {
			return nil, fmt.Errorf("vigenere: invalid key character %q", r)
		}
		v.key = append(v.key, int(r-'A'))
	}
	return v, nil
}

func (v *Vigenere) apply(s string, sign int) string {
	var sb strings.Builder
	i := 0
	for _, r := range strings.ToUpper(s) {
		if r < 'A' || r > 'Z' {
			continue
		}
		sb.WriteRune(shift(r, sign*v.key[i%len(v.key)]))
		i++
	}
	return sb.String()
}

func (v *Vigenere) Encrypt(s string) string { return v.apply(s, 1) }
func (v *Vigenere) Decrypt(s string) string { return v.apply(s, -1) }

type Atbash struct{}

func (Atbash) Encrypt(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'z' - (r - 'a')
		}
		if r >= 'A' && r <= 'Z' {
			return 'Z' - (r - 'A')
		}
		return r
	}, s)
}
func (a Atbash) Decrypt(s string) string { return a.Encrypt(s) }

func crack(ct string, common string) Caesar {
	best, bestScore := Caesar(0), -1
	for k := Caesar(0); k < 26; k++ {
		pt := strings.ToLower(k.Decrypt(ct))
		score := 0
		for _, w := range strings.Fields(common) {
			score += strings.Count(pt, w)
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	return best
}

func main() {
	msg := "The quick brown fox Jumped over the lazy Dog"
	vig, err := NewVigenere("LEMON")
	if err != nil {
		panic(err)
	}
	ciphers := []struct {
		name string
		c    Cipher
	}{{"caesar-3", Caesar(3)}, {"caesar-25", Caesar(25)}, {"vigenere", vig}, {"atbash", Atbash{}}}
	for _, x := range ciphers {
		ct := x.c.Encrypt(msg)
		fmt.Printf("%-10s %s\n%-10s %s\n", x.name, ct, "", x.c.Decrypt(ct))
	}
	fmt.Println(vig.Encrypt("ATTACK AT DAWN"))
	for _, k := range []string{"", "ab1"} {
		_, err := NewVigenere(k)
		fmt.Println(err)
	}
	secret := Caesar(11).Encrypt("meet me at the usual place at ten rather than eight")
	k := crack(secret, "the at me than")
	fmt.Printf("cracked key %d: %s\n", k, k.Decrypt(secret))
	fmt.Printf("%T %T %v\n", ciphers[2].c, ciphers[3].c, Caesar(-3))
}
