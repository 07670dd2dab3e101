package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

type Posting struct {
	Doc       int
	Positions []int
}

type Index struct {
	docs  []string
	terms map[string][]Posting
}

func normalize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

func (ix *Index) Add(doc string) int {
	id := len(ix.docs)
	ix.docs = append(ix.docs, doc)
	if ix.terms == nil {
		ix.terms = map[string][]Posting{}
	}
	for pos, t := range normalize(doc) {
		ps := ix.terms[t]
		if n := len(ps); n > 0 && ps[n-1].Doc == id {
			ps[n-1].Positions = append(ps[n-1].Positions, pos)
		} else {
			ps = append(ps, Posting{id, []int{pos}})
		}
		ix.terms[t] = ps
	}
	return id
}

type hit struct {
	doc   int
	score int
}

func (ix *Index) Search(q string) []hit {
	scores := map[int]int{}
	terms := normalize(q)
	for i, t := range terms {
		matched := map[int]int{}
		for _, p := range ix.terms[t] {
			matched[p.Doc] = len(p.Positions)
		}
		if i == 0 {
			maps.Copy(scores, matched)
			continue
		}
		for d := range scores {
			if c, ok := matched[d]; ok {
				scores[d] += c
			} else {
				delete(scores, d)
			}
		}
	}
	var hits []hit
	for _, d := range slices.Sorted(maps.Keys(scores)) {
		hits = append(hits, hit{d, scores[d]})
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return b.score - a.score })
	return hits
}

func main() {
	var ix Index
	for _, d := range []string{
		"Go is an open source programming language.",
		"The Go gopher is the mascot of Go.",
		"Python and Go are both popular; Go compiles fast.",
		"Text processing in Go: strings, bytes, unicode.",
		"Rust is a systems programming language.",
	} {
		ix.Add(d)
	}
	for _, q := range []string{"go", "programming language", "go language", "unicode", "haskell", "GO, gopher!"} {
		hits := ix.Search(q)
		fmt.Printf("%-22q %d hit(s)\n", q, len(hits))
		for _, h := range hits {
			fmt.Printf("    [%d] score=%d %.30s\n", h.doc, h.score, ix.docs[h.doc])
		}
	}
	terms := slices.Sorted(maps.Keys(ix.terms))
	fmt.Println(len(terms), terms[:6])
	fmt.Printf("%v\n", ix.terms["go"])
	i, found := slices.BinarySearch(terms, "mascot")
	fmt.Println(i, found)
}
