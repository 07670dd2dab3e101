package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Stats struct {
	Letters, Digits, Spaces, Punct, Upper, Other int
}

func classify(s string) Stats {
	var st Stats
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			st.Letters++
			if unicode.IsUpper(r) {
				st.Upper++
			}
		case unicode.IsDigit(r):
			st.Digits++
		case unicode.IsSpace(r):
			st.Spaces++
		case unicode.IsPunct(r):
			st.Punct++
		default:
			st.Other++
		}
	}
	return st
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}

func camelToSnake(s string) string {
	var out []rune
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				out = append(out, '_')
			}
			r = unicode.ToLower(r)
		}
		out = append(out, r)
	}
	return string(out)
}

func main() {
	samples := []string{"Hello, Wörld! 123", "Ünïcödé ☃ ΑΒΓ", "tabs\tand\nnewlines", "日本語テキスト"}
	for _, s := range samples {
		fmt.Printf("%-22q bytes=%2d runes=%2d %+v\n", s, len(s), utf8.RuneCountInString(s), classify(s))
	}
	fmt.Println(slugify("  Go Is -- Fun: A Tour (2024)!  "))
	for _, id := range []string{"userID", "HTTPServer", "parseJSONValue"} {
		fmt.Println(id, "->", camelToSnake(id))
	}
	fmt.Println(strings.Title("x"), strings.ToTitle("ǆemal"), unicode.ToTitle('ǆ') == 'ǅ')
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "GOPHER"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Latin, r) {
			return unicode.SimpleFold(r)
		}
		return -1
	}, "aBc-Δ-dEf"))

	bad := string([]byte{'o', 'k', 0xff, 'x'})
	fmt.Println(utf8.ValidString(bad), []rune(bad), strings.ToValidUTF8(bad, "?"))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '€')
	r, size := utf8.DecodeRune(buf)
	fmt.Printf("%v %c %d %U %x\n", buf, r, size, r, utf8.RuneLen('𝄞'))
	last, sz := utf8.DecodeLastRuneInString("añ")
	fmt.Printf("%c %d\n", last, sz)
	for i, r := range "aé😀" {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(unicode.In('ж', unicode.Cyrillic, unicode.Greek), unicode.IsControl('\x07'), unicode.IsMark('\u0301'))
	fmt.Println(strings.IndexFunc("abc123", unicode.IsDigit), strings.LastIndexFunc("a1b2c", unicode.IsLetter))
	fmt.Println(strings.Fields(" a\u00a0b \u2003c "), len(strings.Fields("\u00a0")))
}
