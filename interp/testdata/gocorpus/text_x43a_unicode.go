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

func classify(s string) map[string]int {
	m := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			m["upper"]++
		case unicode.IsLower(r):
			m["lower"]++
		case unicode.IsDigit(r):
			m["digit"]++
		case unicode.IsSpace(r):
			m["space"]++
		case unicode.IsPunct(r):
			m["punct"]++
		case unicode.Is(unicode.Han, r):
			m["han"]++
		default:
			m["other"]++
		}
	}
	return m
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}

func main() {
	samples := []string{"Hello, Wörld!", "日本語のテキスト 123", "ÅNGSTRÖM ß", "naïve café 🙂"}
	for _, s := range samples {
		fmt.Printf("%q bytes=%d runes=%d\n", s, len(s), utf8.RuneCountInString(s))
		fmt.Printf("  rev=%s upper=%s lower=%s title=%s\n", reverse(s), strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
		fmt.Printf("  trunc=%s classes=%v\n", truncate(s, 6), classify(s))
	}
	s := "naïve"
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	b := []byte("héllo")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c/%d ", r, size)
		b = b[size:]
	}
	fmt.Println()
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("\xff\xfe"), []rune("\xffa"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "gÖ"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.SimpleFold(r)
	}, "A b C ä"))
	fmt.Println(string(rune(0x1F600)), string([]rune{72, 105}), strings.IndexRune("日本語", '語'))
}
