package main

import (
	"fmt"
	"strings"
	"unicode"
)

var translit = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "é", "e", "è", "e", "ñ", "n", "&", " and ")

func Slug(s string, maxLen int) string {
	s = translit.Replace(strings.ToLower(s))
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimSuffix(b.String(), "-")
	if len(out) > maxLen {
		out = out[:maxLen]
		if i := strings.LastIndexByte(out, '-'); i > 0 {
			out = out[:i]
		}
	}
	return out
}

func uniq(slugs []string) []string {
	seen := map[string]int{}
	out := make([]string, len(slugs))
	for i, s := range slugs {
		seen[s]++
		if n := seen[s]; n > 1 {
			out[i] = fmt.Sprintf("%s-%d", s, n)
		} else {
			out[i] = s
		}
	}
	return out
}

func main() {
	titles := []string{
		"Hello, World!",
		"Über Größe & Maß",
		"  Crème brûlée — the   BEST recipe  ",
		"Hello World",
		"Año nuevo 2025: plans/goals",
		"!!!",
		"A very long product title that keeps going and going forever",
	}
	var slugs []string
	for _, t := range titles {
		slugs = append(slugs, Slug(t, 30))
	}
	for i, s := range uniq(slugs) {
		fmt.Printf("%-45q -> %q\n", titles[i], s)
	}
	fmt.Println(strings.EqualFold("STRASSE", "strasse"), strings.Title("x"), strings.ToTitle("ǆ"))
	fmt.Println(strings.FieldsFunc("a1b22c333", unicode.IsDigit), strings.LastIndexAny("go gopher", "ordx"))
}
