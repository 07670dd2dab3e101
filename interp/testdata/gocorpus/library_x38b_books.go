package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item interface {
	Title() string
	Kind() string
}

type Media struct {
	ID    int
	title string
	Year  int
}

func (m Media) Title() string { return m.title }

type Book struct {
	Media
	Author string
	Pages  int
}

func (b Book) Kind() string { return "book" }

type DVD struct {
	Media
	Minutes int
}

func (d DVD) Kind() string { return "dvd" }

type Member struct {
	Name     string
	Borrowed []Item
}

type Library struct {
	items    []Item
	loans    map[int]string
	capacity int
}

func (l *Library) Add(it Item) { l.items = append(l.items, it) }

func idOf(it Item) int {
	switch v := it.(type) {
	case Book:
		return v.ID
	case DVD:
		return v.ID
	}
	return -1
}

func (l *Library) Checkout(m *Member, title string) error {
	if len(m.Borrowed) >= l.capacity {
		return fmt.Errorf("%s has reached the limit of %d items", m.Name, l.capacity)
	}
	for _, it := range l.items {
		if strings.EqualFold(it.Title(), title) {
			id := idOf(it)
			if who, taken := l.loans[id]; taken {
				return fmt.Errorf("%q is already borrowed by %s", it.Title(), who)
			}
			l.loans[id] = m.Name
			m.Borrowed = append(m.Borrowed, it)
			return nil
		}
	}
	return fmt.Errorf("no item titled %q", title)
}

func main() {
	lib := &Library{loans: map[int]string{}, capacity: 2}
	lib.Add(Book{Media{1, "The Go Programming Language", 2015}, "Donovan", 380})
	lib.Add(Book{Media{2, "Clean Code", 2008}, "Martin", 464})
	lib.Add(DVD{Media{3, "Hackers", 1995}, 105})
	lib.Add(Book{Media{4, "Refactoring", 1999}, "Fowler", 448})

	ann := &Member{Name: "Ann"}
	ben := &Member{Name: "Ben"}
	requests := []struct {
		m     *Member
		title string
	}{
		{ann, "clean code"},
		{ben, "Clean Code"},
		{ann, "Hackers"},
		{ann, "Refactoring"},
		{ben, "Dune"},
		{ben, "the go programming language"},
	}
	for _, r := range requests {
		if err := lib.Checkout(r.m, r.title); err != nil {
			fmt.Println("ERR:", err)
		} else {
			fmt.Printf("%s borrowed %q\n", r.m.Name, r.title)
		}
	}

	sorted := make([]Item, len(lib.items))
	copy(sorted, lib.items)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Title() < sorted[j].Title() })
	for _, it := range sorted {
		status := "available"
		if who, ok := lib.loans[idOf(it)]; ok {
			status = "on loan to " + who
		}
		fmt.Printf("[%-4s] %-30s %s\n", it.Kind(), it.Title(), status)
	}
	for _, m := range []*Member{ann, ben} {
		titles := []string{}
		for _, it := range m.Borrowed {
			titles = append(titles, it.Title())
		}
		fmt.Printf("%s: %s\n", m.Name, strings.Join(titles, "; "))
	}
	fmt.Printf("%+v\n", lib.items[0])
	fmt.Printf("%T %T\n", lib.items[0], lib.items[2])
}
