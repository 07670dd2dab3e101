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
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i := range len(rs) / 2 {
		if rs[i] != rs[len(rs)-1-i] {
			return false
		}
	}
	return true
}

func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		if n+len(w)+len(cur) > width && len(cur) > 0 {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		cur = append(cur, w)
		n += len(w)
	}
	return append(lines, strings.Join(cur, " "))
}

func main() {
	s := "Héllo, 世界! 👋"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range "aé世" {
		fmt.Printf("%d:%c(%U,%d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	for _, p := range []string{"A man, a plan, a canal: Panama", "Go gopher", "Été"} {
		fmt.Println(isPalindrome(p), p)
	}
	fmt.Println(camelToSnake("backwardPassGradientNorm"), camelToSnake("HTTPServer"))
	for _, l := range wrap("the quick brown fox jumps over the lazy dog and keeps running far away", 16) {
		fmt.Printf("|%-16s|\n", l)
	}
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("a<b && c>d"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a b\tc\nd"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found, strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.Title("x") != "", utf8.ValidString("a\xffb"), []byte("é"))
}
