package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

type Book struct {
	ID     int
	Title  string
	Author string
	Blurb  string
}

type Index map[string][]int

func tokenize(s string) []string {
	f := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	words := strings.FieldsFunc(strings.ToLower(s), f)
	stop := map[string]bool{"the": true, "a": true, "of": true, "and": true, "in": true}
	out := words[:0]
	for _, w := range words {
		if !stop[w] && len(w) > 1 {
			out = append(out, w)
		}
	}
	return out
}

func Build(books []Book) Index {
	idx := Index{}
	for _, b := range books {
		seen := map[string]bool{}
		for _, w := range tokenize(b.Title + " " + b.Author + " " + b.Blurb) {
			if !seen[w] {
				seen[w] = true
				idx[w] = append(idx[w], b.ID)
			}
		}
	}
	return idx
}

func (idx Index) Search(q string) []int {
	var result []int
	for i, w := range tokenize(q) {
		ids := idx[w]
		if i == 0 {
			result = slices.Clone(ids)
			continue
		}
		result = slices.DeleteFunc(result, func(id int) bool { return !slices.Contains(ids, id) })
	}
	return result
}

func titleCase(s string) string {
	rs := []rune(s)
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-'
	}
	return string(rs)
}

func main() {
	books := []Book{
		{1, "the hobbit", "J. R. R. Tolkien", "A hobbit goes on an adventure with dwarves and a dragon."},
		{2, "dune", "Frank Herbert", "Spice, sandworms and politics on the desert planet Arrakis."},
		{3, "the silmarillion", "J. R. R. Tolkien", "Myths of the elves in Middle-earth."},
		{4, "the left hand of darkness", "Ursula K. Le Guin", "An envoy on the winter planet Gethen."},
		{5, "Café au lait", "Zoë Ørsted", "A naïve story of cafés, 2 dragons & coffee."},
	}
	idx := Build(books)
	for _, q := range []string{"tolkien", "planet", "dragon", "Planet desert", "dragons café", "nothing"} {
		ids := idx.Search(q)
		var titles []string
		for _, id := range ids {
			titles = append(titles, titleCase(books[id-1].Title))
		}
		fmt.Printf("%-15q -> %v %q\n", q, ids, titles)
	}
	words := make([]string, 0, len(idx))
	for w := range idx {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if len(idx[words[i]]) != len(idx[words[j]]) {
			return len(idx[words[i]]) > len(idx[words[j]])
		}
		return words[i] < words[j]
	})
	fmt.Println(words[:6])
	s := books[4].Author
	fmt.Println(len(s), len([]rune(s)), strings.ToUpper(s), strings.Title("x"))
	for i, r := range "Zoë" {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	r := strings.NewReplacer("&", "and", ",", "")
	fmt.Println(r.Replace(books[4].Blurb))
	fmt.Println(strings.EqualFold("DUNE", "dune"), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"),
		strings.TrimFunc("  ¡hola!  ", func(r rune) bool { return !unicode.IsLetter(r) }), strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  many   spaces\there\n"))
	before, after, found := strings.Cut("author=Le Guin", "=")
	fmt.Println(before, "|", after, "|", found)
}
