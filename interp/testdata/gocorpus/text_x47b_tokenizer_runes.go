package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Kind uint8

const (
	Word Kind = iota
	Number
	Punct
	Space
)

func (k Kind) String() string { return [...]string{"Word", "Number", "Punct", "Space"}[k] }

type Tok struct {
	Kind Kind
	Text string
	Off  int
}

func classify(r rune) Kind {
	switch {
	case unicode.IsLetter(r):
		return Word
	case unicode.IsDigit(r):
		return Number
	case unicode.IsSpace(r):
		return Space
	}
	return Punct
}

func Tokenize(s string) []Tok {
	var out []Tok
	start := 0
	for start < len(s) {
		r, size := utf8.DecodeRuneInString(s[start:])
		k := classify(r)
		end := start + size
		for end < len(s) && k != Punct {
			r2, sz := utf8.DecodeRuneInString(s[end:])
			if classify(r2) != k {
				break
			}
			end += sz
		}
		if k != Space {
			out = append(out, Tok{k, s[start:end], start})
		}
		start = end
	}
	return out
}

func main() {
	text := "Größe: 42 Äpfel, 7 Birnen & 1 naïve café—fin! 東京 2024"
	toks := Tokenize(text)
	for _, t := range toks {
		fmt.Printf("%-6v %-8q @%d runes=%d\n", t.Kind, t.Text, t.Off, utf8.RuneCountInString(t.Text))
	}
	freq := map[Kind]int{}
	for _, t := range toks {
		freq[t.Kind]++
	}
	fmt.Println(freq)
	words := []string{}
	for _, t := range toks {
		if t.Kind == Word {
			words = append(words, strings.ToLower(t.Text))
		}
	}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	fmt.Println(len(text), utf8.RuneCountInString(text), strings.ToUpper("straße"), strings.Title("x"))
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println(string(rs), string(rs[4]), rs[0], fmt.Sprintf("%c|%U", rs[0], rs[0]))
	for i, r := range "aé東" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Han, r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "go東京lang"))
}
