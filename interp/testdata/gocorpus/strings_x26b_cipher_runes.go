package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func caesar(shift int) func(rune) rune {
	shift = (shift%26 + 26) % 26
	return func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		case unicode.IsSpace(r):
			return r
		case unicode.IsPunct(r):
			return -1
		}
		return r
	}
}

func vigenere(text, key string, decrypt bool) string {
	var buf bytes.Buffer
	ki := 0
	for _, r := range text {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			buf.WriteRune(r)
			continue
		}
		k := rune(unicode.ToLower(rune(key[ki%len(key)])) - 'a')
		if decrypt {
			k = -k
		}
		base := 'a'
		if unicode.IsUpper(r) {
			base = 'A'
		}
		buf.WriteRune(base + ((r-base+k)%26+26)%26)
		ki++
	}
	return buf.String()
}

func runLength(s string) string {
	var sb strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		n := 1
		for s = s[size:]; strings.HasPrefix(s, string(r)); s = s[size:] {
			n++
		}
		if n > 1 {
			fmt.Fprintf(&sb, "%d", n)
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func main() {
	msg := "Hello, World! Go is fun."
	enc := strings.Map(caesar(3), msg)
	fmt.Println(enc)
	fmt.Println(strings.Map(caesar(-3), enc))
	fmt.Println(strings.Map(caesar(29), "xyz ABC"))
	v := vigenere("Attack at dawn, ünïcode!", "LEMON", false)
	fmt.Println(v, "|", vigenere(v, "LEMON", true))
	for _, s := range []string{"aaabccddddd", "héééllo", "", "xyz", "🙂🙂🙂!"} {
		fmt.Printf("%q -> %q\n", s, runLength(s))
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "Go gopher", "été"} {
		fmt.Println(isPalindrome(s), utf8.RuneCountInString(s), len(s))
	}
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.ToUpper("ß"), strings.Title("x") == "X")
}
