package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

const review = `Das Essen war "ausgezeichnet"!  The crème brûlée? Amazing...
Service: slow -- but friendly. 10/10 would eat again; naïve rating: 9.5`

func tokenize(s string) []string {
	norm := strings.NewReplacer("--", " ", "...", " ", "/", " / ").Replace(s)
	var tokens []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			tokens = append(tokens, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range norm {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '.' && len(cur) > 0 && unicode.IsDigit(cur[len(cur)-1])):
			cur = append(cur, unicode.ToLower(r))
		case unicode.IsSpace(r):
			flush()
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			flush()
			if r == '!' || r == '?' {
				tokens = append(tokens, string(r))
			}
		}
	}
	flush()
	return tokens
}

type bigram [2]string

func main() {
	toks := tokenize(review)
	fmt.Println(len(toks), "tokens")
	fmt.Printf("%q\n", toks)
	for _, t := range toks {
		if len(t) != len([]rune(t)) {
			fmt.Printf("  non-ascii %-8s bytes=%d runes=%d\n", t, len(t), len([]rune(t)))
		}
	}
	counts := map[bigram]int{}
	for i := 0; i+1 < len(toks); i++ {
		counts[bigram{toks[i], toks[i+1]}]++
	}
	keys := make([]bigram, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b bigram) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	for _, k := range keys[:5] {
		fmt.Printf("%v=%d ", k, counts[k])
	}
	fmt.Println()
	chars := map[string]int{}
	for _, r := range review {
		switch {
		case unicode.IsUpper(r):
			chars["upper"]++
		case unicode.IsLower(r):
			chars["lower"]++
		case unicode.IsDigit(r):
			chars["digit"]++
		case unicode.IsSpace(r):
			chars["space"]++
		default:
			chars["other"]++
		}
	}
	fmt.Println(chars)
	title := strings.Map(func(r rune) rune {
		if r > unicode.MaxASCII {
			return '_'
		}
		return r
	}, "crème brûlée")
	fmt.Println(title, strings.ToUpper("naïve"), strings.Title("x")[0:1])
	fmt.Println(strings.EqualFold("BRÛLÉE", "brûlée"), strings.IndexRune(review, 'è'))
}
