package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func Wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	curLen := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if curLen > 0 && curLen+1+wl > width {
			lines = append(lines, cur.String())
			cur.Reset()
			curLen = 0
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(w)
		curLen += wl
	}
	if curLen > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func Justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func Slugify(s string) string {
	var sb strings.Builder
	lastDash := true
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			sb.WriteRune(r)
			lastDash = false
		case !lastDash:
			sb.WriteByte('-')
			lastDash = true
		}
	}
	return strings.TrimSuffix(sb.String(), "-")
}

func Reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems. Ünïcödé wörds côunt as rünes, nöt bytes."
	for _, l := range Wrap(text, 28) {
		fmt.Printf("|%-28s|%s|\n", l, Justify(l, 28))
	}
	fmt.Println(Slugify("  Hello, Wörld! Go 1.22 -- Release Notes  "))
	s := "naïve café 日本語"
	fmt.Println(len(s), utf8.RuneCountInString(s), Reverse(s))
	for i, r := range "aé日" {
		fmt.Printf("%d:%c(%U,%d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	b := []byte("héllo")
	r, size := utf8.DecodeRune(b[1:])
	fmt.Println(string(r), size, utf8.Valid(b[:2]), utf8.ValidString("ok"))
	rot := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case unicode.IsDigit(r):
			return -1
		}
		return r
	}, "Hello, World 2024!")
	fmt.Println(rot)
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.ToTitle("ǆ"), strings.Fields(" a\tb\n c "))
	fmt.Printf("%q %q\n", strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a.b.c", "."))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found, strings.LastIndex("go gopher", "go"), strings.IndexFunc("abc1", unicode.IsDigit))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimFunc("123abc456", unicode.IsDigit), strings.ContainsAny("hello", "xyz"))
}
