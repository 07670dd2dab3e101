package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Book struct {
	ISBN   string
	Title  string
	Author string
	Year   int
	Copies int
}

type Loan struct {
	ISBN   string
	Member string
	Due    int
}

type Library struct {
	books map[string]*Book
	loans []Loan
}

func (l *Library) Add(b Book) {
	if existing, ok := l.books[b.ISBN]; ok {
		existing.Copies += b.Copies
		return
	}
	l.books[b.ISBN] = &b
}

func (l *Library) Checkout(isbn, member string, day int) error {
	b, ok := l.books[isbn]
	switch {
	case !ok:
		return fmt.Errorf("no book %s", isbn)
	case b.Copies == 0:
		return fmt.Errorf("%q: all copies out", b.Title)
	}
	b.Copies--
	l.loans = append(l.loans, Loan{isbn, member, day + 14})
	return nil
}

func (l *Library) Overdue(day int) []Loan {
	return slices.DeleteFunc(slices.Clone(l.loans), func(x Loan) bool { return x.Due >= day })
}

func main() {
	lib := &Library{books: map[string]*Book{}}
	lib.Add(Book{"111", "Dune", "Herbert", 1965, 2})
	lib.Add(Book{"222", "Emma", "Austen", 1815, 1})
	lib.Add(Book{"333", "Ubik", "Dick", 1969, 1})
	lib.Add(Book{"111", "Dune", "Herbert", 1965, 1})
	for i, req := range [][2]string{{"111", "kim"}, {"222", "kim"}, {"222", "lee"}, {"999", "lee"}, {"333", "max"}, {"111", "max"}} {
		if err := lib.Checkout(req[0], req[1], i*3); err != nil {
			fmt.Println("checkout failed:", err)
		}
	}
	isbns := slices.Sorted(maps.Keys(lib.books))
	for _, k := range isbns {
		b := lib.books[k]
		fmt.Printf("%s %-5s by %-8s (%d) left=%d\n", k, b.Title, b.Author, b.Year, b.Copies)
	}
	byYear := slices.Collect(maps.Values(lib.books))
	slices.SortFunc(byYear, func(a, b *Book) int { return cmp.Compare(a.Year, b.Year) })
	titles := []string{}
	for _, b := range byYear {
		titles = append(titles, b.Title)
	}
	fmt.Println(strings.Join(titles, " < "))
	over := lib.Overdue(20)
	fmt.Printf("overdue on day 20: %+v\n", over)
	members := map[string]int{}
	for _, ln := range lib.loans {
		members[ln.Member]++
	}
	fmt.Println(members, len(lib.loans))
	idx, found := slices.BinarySearchFunc(byYear, 1966, func(b *Book, y int) int { return cmp.Compare(b.Year, y) })
	fmt.Println(idx, found)
}
