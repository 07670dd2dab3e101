package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

var translit = map[rune]string{
	'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'å': "a", 'ø': "o", 'æ': "ae",
	'é': "e", 'è': "e", 'ê': "e", 'á': "a", 'à': "a", 'ç': "c", 'ñ': "n", 'í': "i", 'ó': "o", 'ú': "u",
	'&': " and ", '@': " at ", '+': " plus ",
}

type Options struct {
	MaxLen    int
	Separator string
	Stopwords map[string]bool
}

func Slugify(s string, opt Options) string {
	if opt.Separator == "" {
		opt.Separator = "-"
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if t, ok := translit[r]; ok {
			b.WriteString(t)
			continue
		}
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// drop other non-ASCII letters
		default:
			b.WriteByte(' ')
		}
	}
	words := strings.FieldsFunc(b.String(), func(r rune) bool { return r == ' ' })
	kept := words[:0]
	for _, w := range words {
		if !opt.Stopwords[w] {
			kept = append(kept, w)
		}
	}
	slug := strings.Join(kept, opt.Separator)
	if opt.MaxLen > 0 && len(slug) > opt.MaxLen {
		slug = slug[:opt.MaxLen]
		if i := strings.LastIndex(slug, opt.Separator); i > 0 {
			slug = slug[:i]
		}
	}
	return slug
}

type Registry struct {
	used map[string]int
}

func (r *Registry) Unique(slug string) string {
	if r.used == nil {
		r.used = map[string]int{}
	}
	n := r.used[slug]
	r.used[slug]++
	if n == 0 {
		return slug
	}
	return fmt.Sprintf("%s-%d", slug, n+1)
}

func main() {
	stop := map[string]bool{"a": true, "the": true, "of": true, "an": true}
	titles := []string{
		"Hello, World!",
		"Straße & Brücke: Über alles",
		"  The Art of   Computer Programming ",
		"Go 1.22: range-over-func (experiment)",
		"Crème brûlée @ Café Niño",
		"日本語 title with emoji 🚀 mixed",
		"Hello, World!",
		"C++ vs. C#",
		"",
	}
	var reg Registry
	for _, t := range titles {
		s := Slugify(t, Options{MaxLen: 30, Stopwords: stop})
		fmt.Printf("%-40q -> %q\n", t, reg.Unique(s))
	}
	fmt.Println(Slugify("Snake Case Please", Options{Separator: "_"}))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, "Keep It Simple"))
	fmt.Printf("%U %c %x %d\n", 'ß', 0x1F680, "ü", utf8.RuneLen('🚀'))
}
