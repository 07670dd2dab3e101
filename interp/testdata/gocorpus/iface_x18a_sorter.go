package main

import (
	"fmt"
	"sort"
	"strings"
)

type Book struct {
	Title  string
	Author string
	Year   int
	Pages  int
}

type Library []Book

func (l Library) Len() int      { return len(l) }
func (l Library) Swap(i, j int) { l[i], l[j] = l[j], l[i] }

type ByYear struct{ Library }

func (b ByYear) Less(i, j int) bool { return b.Library[i].Year < b.Library[j].Year }

type ByAuthor struct{ Library }

func (b ByAuthor) Less(i, j int) bool {
	return strings.ToLower(b.Library[i].Author) < strings.ToLower(b.Library[j].Author)
}

type multiSorter struct {
	books []Book
	less  []func(a, b *Book) int
}

func (m *multiSorter) Len() int      { return len(m.books) }
func (m *multiSorter) Swap(i, j int) { m.books[i], m.books[j] = m.books[j], m.books[i] }
func (m *multiSorter) Less(i, j int) bool {
	for _, f := range m.less {
		if c := f(&m.books[i], &m.books[j]); c != 0 {
			return c < 0
		}
	}
	return false
}

func (b Book) String() string { return fmt.Sprintf("%s (%d)", b.Title, b.Year) }

func main() {
	lib := Library{
		{"Dune", "Herbert", 1965, 412}, {"Neuromancer", "gibson", 1984, 271},
		{"Foundation", "Asimov", 1951, 255}, {"I, Robot", "Asimov", 1950, 253},
		{"Hyperion", "Simmons", 1989, 482}, {"Count Zero", "Gibson", 1986, 256},
	}
	sort.Sort(ByYear{lib})
	fmt.Println(lib)
	sort.Stable(ByAuthor{lib})
	for _, b := range lib {
		fmt.Printf("%-8s %v\n", b.Author, b)
	}
	ms := &multiSorter{books: lib, less: []func(a, b *Book) int{
		func(a, b *Book) int { return (a.Pages / 100) - (b.Pages / 100) },
		func(a, b *Book) int { return strings.Compare(a.Title, b.Title) },
	}}
	sort.Sort(ms)
	fmt.Println(lib)
	var s sort.Interface = ByYear{lib}
	fmt.Println(s.Len(), sort.IsSorted(s))
}
