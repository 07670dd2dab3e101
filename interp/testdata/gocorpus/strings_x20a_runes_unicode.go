package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func stats(s string) (letters, digits, spaces, other int) {
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	return
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + strings.ToLower(w[size:])
	}
	return strings.Join(words, " ")
}

func compress(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		b.WriteRune(rs[i])
		if j-i > 1 {
			fmt.Fprint(&b, j-i)
		}
		i = j
	}
	return b.String()
}

func main() {
	s := "Héllo, Wörld! 123 — ça va? 日本語"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	fmt.Println(stats(s))
	for i, r := range "aé日" {
		fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(titleCase("the gO proGRAMMING lanGUAGE"), titleCase("élan vital"))
	fmt.Println(compress("aaabccddddde"), compress("ééé日日x"))
	b := []byte("hello")
	b[0] = 'J'
	fmt.Println(string(b), s[1:3], s[:1], strings.ToValidUTF8(s[1:2], "?"))
	fmt.Printf("%q %+q %x\n", "日本", "日本", "hi")
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fields := strings.FieldsFunc("a1b22c333;d", func(r rune) bool { return unicode.IsDigit(r) || r == ';' })
	fmt.Println(fields, len(fields))
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<a href=x>&</a>"))
	fmt.Println(strings.Title("x"), strings.Count("cheese", "e"), strings.Count("five", ""))
	var bad = string([]byte{0xff, 'a'})
	for _, r := range bad {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println(utf8.ValidString(bad))
}
