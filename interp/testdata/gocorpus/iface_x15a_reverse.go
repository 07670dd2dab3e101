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

type Books []Book

func (b Books) Len() int      { return len(b) }
func (b Books) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

type ByYear struct{ Books }

func (b ByYear) Less(i, j int) bool { return b.Books[i].Year < b.Books[j].Year }

type ByTitle struct{ Books }

func (b ByTitle) Less(i, j int) bool {
	return strings.TrimPrefix(b.Books[i].Title, "The ") < strings.TrimPrefix(b.Books[j].Title, "The ")
}

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type counting struct {
	sort.Interface
	swaps, compares *int
}

func (c counting) Less(i, j int) bool { *c.compares++; return c.Interface.Less(i, j) }
func (c counting) Swap(i, j int)      { *c.swaps++; c.Interface.Swap(i, j) }

func (b Books) String() string {
	var parts []string
	for _, x := range b {
		parts = append(parts, fmt.Sprintf("%s(%d)", x.Title, x.Year))
	}
	return strings.Join(parts, ", ")
}

func main() {
	lib := Books{
		{"The Go Programming Language", "Donovan", 2015, 380},
		{"Structure and Interpretation", "Abelson", 1985, 657},
		{"The C Programming Language", "Kernighan", 1978, 272},
		{"Concurrency in Go", "Cox-Buday", 2017, 238},
		{"Algorithms", "Sedgewick", 1983, 551},
	}
	sort.Sort(ByYear{lib})
	fmt.Println(lib)
	sort.Sort(reverse{ByYear{lib}})
	fmt.Println(lib)
	sort.Sort(ByTitle{lib})
	fmt.Println(lib)
	var swaps, cmps int
	sort.Sort(counting{ByYear{lib}, &swaps, &cmps})
	fmt.Println(lib, swaps > 0, cmps > 0)
	fmt.Println(sort.IsSorted(ByYear{lib}), sort.IsSorted(ByTitle{lib}))
	var si sort.Interface = reverse{ByTitle{lib}}
	fmt.Printf("%T %d %v\n", si, si.Len(), si.Less(0, 1))
	idx := sort.Search(len(lib), func(i int) bool { return lib[i].Year >= 2000 })
	fmt.Println("first modern:", lib[idx].Title)
	pages := map[string]int{}
	for _, b := range lib {
		decade := fmt.Sprintf("%ds", b.Year/10*10)
		pages[decade] += b.Pages
	}
	fmt.Println(pages)
}
