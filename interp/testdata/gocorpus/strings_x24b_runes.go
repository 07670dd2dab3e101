package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	return string(clean) == reverse(string(clean))
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	b := []byte(s)
	fmt.Printf("% x\n", b[:6])
	fmt.Printf("%q %+q\n", s[1:3], s)
	fmt.Println(string(b[7]), string(rune(b[7])), s[7])
	for _, p := range []string{"A man, a plan, a canal: Panama", "Go hang a salami", "abcñcba", "xyz"} {
		fmt.Printf("%-32q %v\n", p, isPalindrome(p))
	}
	enc := caesar("Hello, World", 3)
	fmt.Println(enc, caesar(enc, -3))
	words := strings.FieldsFunc("one;two,,three four;;five", func(r rune) bool {
		return r == ';' || r == ',' || r == ' '
	})
	fmt.Println(len(words), words)
	title := make([]string, len(words))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		title[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	fmt.Println(strings.Join(title, "-"))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "[%c]", 'a'+i)
	}
	fmt.Println(sb.String(), sb.Len())
	bad := string([]byte{0xff, 'a', 0xc3})
	fmt.Println(utf8.ValidString(bad), []rune(bad), strings.ToValidUTF8(bad, "?"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"))
}
