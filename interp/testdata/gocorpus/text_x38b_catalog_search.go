package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Book struct {
	ISBN   string
	Title  string
	Author string
	Blurb  string
}

type Index struct {
	words map[string]map[string]int // word -> isbn -> count
	books map[string]Book
}

var stop = map[string]bool{"the": true, "a": true, "of": true, "and": true, "in": true, "to": true}

func tokenize(s string) []string {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	out := fields[:0]
	for _, f := range fields {
		f = strings.Trim(f, "'")
		if f != "" && !stop[f] {
			out = append(out, f)
		}
	}
	return out
}

func NewIndex(books []Book) *Index {
	idx := &Index{words: map[string]map[string]int{}, books: map[string]Book{}}
	for _, b := range books {
		idx.books[b.ISBN] = b
		for _, w := range tokenize(b.Title + " " + b.Author + " " + b.Blurb) {
			if idx.words[w] == nil {
				idx.words[w] = map[string]int{}
			}
			idx.words[w][b.ISBN]++
		}
	}
	return idx
}

type hit struct {
	isbn  string
	score int
}

func (idx *Index) Search(q string) []hit {
	scores := map[string]int{}
	for _, w := range tokenize(q) {
		for isbn, n := range idx.words[w] {
			scores[isbn] += n
		}
		if strings.HasSuffix(w, "s") {
			for isbn, n := range idx.words[strings.TrimSuffix(w, "s")] {
				scores[isbn] += n
			}
		}
	}
	hits := make([]hit, 0, len(scores))
	for isbn, s := range scores {
		hits = append(hits, hit{isbn, s})
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score > hits[j].score
		}
		return hits[i].isbn < hits[j].isbn
	})
	return hits
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func main() {
	books := []Book{
		{"978-0", "the hobbit", "J. R. R. Tolkien", "A hobbit's journey with dwarves and a dragon."},
		{"978-1", "dune", "Frank Herbert", "Spice, sandworms and the desert planet Arrakis."},
		{"978-2", "the dragon's egg", "Robert Forward", "Life on a neutron star; a dragon of physics."},
		{"978-3", "émile", "Jean-Jacques Rousseau", "On education and the nature of man."},
	}
	idx := NewIndex(books)
	for _, q := range []string{"dragons", "desert planet", "Hobbit journey", "ÉMILE", "cats"} {
		hits := idx.Search(q)
		fmt.Printf("%-16q %d hit(s)\n", q, len(hits))
		for _, h := range hits {
			b := idx.books[h.isbn]
			fmt.Printf("   %s %-18s by %s (score %d)\n", b.ISBN, titleCase(b.Title), b.Author, h.score)
		}
	}
	fmt.Println(len(idx.words), tokenize("Don't PANIC -- it's 42!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return unicode.ToUpper(r)
	}, "émile et sophie"), len("émile"), len([]rune("émile")))
	r := strings.NewReplacer("&", "and", "@", "at")
	fmt.Println(r.Replace("Tom & Jerry @ home"), strings.Count("banana", "a"), strings.LastIndex("go gopher", "go"))
}
