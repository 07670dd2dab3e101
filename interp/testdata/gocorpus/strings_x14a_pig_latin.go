package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func word(w string) string {
	lower := strings.ToLower(w)
	switch {
	case isVowel(lower[0]), strings.HasPrefix(lower, "xr"), strings.HasPrefix(lower, "yt"):
		return w + "ay"
	}
	for i := 0; i < len(lower); i++ {
		if lower[i] == 'q' && i+1 < len(lower) && lower[i+1] == 'u' {
			return w[i+2:] + w[:i+2] + "ay"
		}
		if isVowel(lower[i]) || (lower[i] == 'y' && i > 0) {
			return w[i:] + w[:i] + "ay"
		}
	}
	return w + "ay"
}

func Sentence(s string) string {
	return strings.Join(mapStrings(strings.Fields(s), word), " ")
}

func mapStrings(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Acronym(s string) string {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' })
	var b strings.Builder
	for _, f := range fields {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if f != "" {
			b.WriteRune(unicode.ToUpper([]rune(f)[0]))
		}
	}
	return b.String()
}

func IsIsogram(s string) bool {
	seen := map[rune]bool{}
	for _, r := range strings.ToLower(s) {
		if !unicode.IsLetter(r) {
			continue
		}
		if seen[r] {
			return false
		}
		seen[r] = true
	}
	return true
}

func main() {
	for _, s := range []string{"apple", "pig", "koala", "xenon", "qat", "chair", "queen", "square", "therapy",
		"thrush", "school", "yttria", "xray", "yellow", "rhythm", "my", "quick fast run"} {
		fmt.Printf("%-15s -> %s\n", s, Sentence(s))
	}
	for _, s := range []string{"Portable Network Graphics", "Ruby on Rails", "First In, First Out",
		"GNU Image Manipulation Program", "Complementary metal-oxide semiconductor", "The Road _Not_ Taken", "Halley's Comet"} {
		fmt.Printf("%q => %s\n", s, Acronym(s))
	}
	for _, s := range []string{"lumberjacks", "isograms", "six-year-old", "Alphabet", "thumbscrew-japingly", ""} {
		fmt.Print(IsIsogram(s), " ")
	}
	fmt.Println()
	r := strings.NewReplacer("a", "4", "e", "3", "o", "0", "ll", "1")
	fmt.Println(r.Replace("hello world, leet speak"), strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.SimpleFold(r)
	}, "Hi, There! ok?"))
}
