// Exercises: word wrapping by rune width, unicode classes, strings.Map removing accents-free punctuation, sort by rune count then alphabetically
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func main() {
	text := "Größe matters: naïve Gophers écrivent du Go, très rapidement! Ω≈ç√"
	for i, l := range wrap(text, 16) {
		fmt.Printf("%2d |%-16s| %d\n", i, l, utf8.RuneCountInString(l))
	}
	var up, letters, punct, other int
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			up++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsPunct(r):
			punct++
		case !unicode.IsSpace(r):
			other++
		}
	}
	fmt.Println(up, letters, punct, other)
	clean := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, text)
	words := strings.Fields(clean)
	sort.Slice(words, func(i, j int) bool {
		a, b := utf8.RuneCountInString(words[i]), utf8.RuneCountInString(words[j])
		if a != b {
			return a < b
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	fmt.Println(strings.ToTitle("ǆ"), unicode.SimpleFold('K'), string(unicode.ToUpper('ß')))
}
