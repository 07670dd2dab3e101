package main

import (
	"fmt"
	"strings"
	"unicode"
)

var translit = map[rune]string{'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'é': "e", 'ñ': "n", '&': "and"}

func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if t, ok := translit[r]; ok {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteString(t)
			dash = false
			continue
		}
		if unicode.IsLetter(r) && r < unicode.MaxASCII || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

func Wrap(text string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		wl := len([]rune(w))
		if n > 0 && n+1+wl > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += wl
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
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
		total += len([]rune(w))
	}
	gaps := len(words) - 1
	spaces := width - total
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

func main() {
	for _, s := range []string{"Hello, World!", "  Größe & Qualität  ", "Señor José's Café #1", "---", "Go 1.26 -- released!"} {
		fmt.Printf("%q -> %q\n", s, Slugify(s))
	}
	text := "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs, über-fast."
	lines := Wrap(text, 24)
	for i, l := range lines {
		if i < len(lines)-1 {
			l = Justify(l, 24)
		}
		fmt.Printf("|%-24s|\n", l)
	}
	fmt.Println(strings.Title("x"), strings.EqualFold("Straße", "STRASSE"), strings.Count("cheese", "e"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.FieldsFunc("a1b22c333", unicode.IsDigit), strings.LastIndexByte("a/b/c", '/'))
}
