package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Genre string

type Book struct {
	ISBN   string
	Title  string
	Author string
	Year   int
	Genre  Genre
	out    bool
}

type Member struct {
	ID    int
	Name  string
	Books []*Book
	Limit int
}

type Library struct {
	books   map[string]*Book
	members map[int]*Member
	events  []string
}

var (
	ErrNotFound   = errors.New("not found")
	ErrCheckedOut = errors.New("already checked out")
	ErrLimit      = errors.New("borrowing limit reached")
)

func (l *Library) logf(format string, args ...any) {
	l.events = append(l.events, fmt.Sprintf(format, args...))
}

func (l *Library) AddBook(b Book) {
	if l.books == nil {
		l.books = map[string]*Book{}
	}
	l.books[b.ISBN] = &b
	l.logf("added %q", b.Title)
}

func (l *Library) Join(m *Member) {
	if l.members == nil {
		l.members = make(map[int]*Member)
	}
	l.members[m.ID] = m
}

func (l *Library) Checkout(memberID int, isbn string) error {
	m, ok := l.members[memberID]
	if !ok {
		return fmt.Errorf("member %d: %w", memberID, ErrNotFound)
	}
	b, ok := l.books[isbn]
	switch {
	case !ok:
		return fmt.Errorf("book %s: %w", isbn, ErrNotFound)
	case b.out:
		return fmt.Errorf("%q: %w", b.Title, ErrCheckedOut)
	case len(m.Books) >= m.Limit:
		return fmt.Errorf("%s: %w (%d)", m.Name, ErrLimit, m.Limit)
	}
	b.out = true
	m.Books = append(m.Books, b)
	l.logf("%s borrowed %q", m.Name, b.Title)
	return nil
}

func (l *Library) Return(memberID int, isbn string) error {
	m := l.members[memberID]
	idx := slices.IndexFunc(m.Books, func(b *Book) bool { return b.ISBN == isbn })
	if idx < 0 {
		return fmt.Errorf("%s does not have %s: %w", m.Name, isbn, ErrNotFound)
	}
	m.Books[idx].out = false
	l.logf("%s returned %q", m.Name, m.Books[idx].Title)
	m.Books = slices.Delete(m.Books, idx, idx+1)
	return nil
}

func (l *Library) Search(pred func(*Book) bool) []string {
	var titles []string
	for _, b := range l.books {
		if pred(b) {
			titles = append(titles, b.Title)
		}
	}
	slices.Sort(titles)
	return titles
}

func main() {
	lib := &Library{}
	lib.AddBook(Book{ISBN: "111", Title: "The Go Programming Language", Author: "Donovan", Year: 2015, Genre: "tech"})
	lib.AddBook(Book{ISBN: "222", Title: "Dune", Author: "Herbert", Year: 1965, Genre: "scifi"})
	lib.AddBook(Book{ISBN: "333", Title: "Neuromancer", Author: "Gibson", Year: 1984, Genre: "scifi"})
	lib.AddBook(Book{ISBN: "444", Title: "SICP", Author: "Abelson", Year: 1985, Genre: "tech"})
	lib.Join(&Member{ID: 1, Name: "Kim", Limit: 2})
	lib.Join(&Member{ID: 2, Name: "Lee", Limit: 1})

	attempts := []struct {
		member int
		isbn   string
	}{{1, "222"}, {2, "222"}, {1, "111"}, {1, "333"}, {2, "999"}, {3, "111"}, {2, "444"}}
	for _, a := range attempts {
		if err := lib.Checkout(a.member, a.isbn); err != nil {
			kind := "other"
			for _, e := range []error{ErrNotFound, ErrCheckedOut, ErrLimit} {
				if errors.Is(err, e) {
					kind = e.Error()
				}
			}
			fmt.Printf("FAIL %-45s [%s]\n", err, kind)
		}
	}
	fmt.Println(lib.Return(1, "222"), lib.Return(2, "222"))
	lib.Checkout(2, "222")
	scifi := lib.Search(func(b *Book) bool { return b.Genre == "scifi" })
	old := lib.Search(func(b *Book) bool { return b.Year < 1980 })
	available := lib.Search(func(b *Book) bool { return !b.out })
	fmt.Println("scifi:", scifi, "| old:", old, "| available:", available)
	for _, id := range []int{1, 2} {
		m := lib.members[id]
		var titles []string
		for _, b := range m.Books {
			titles = append(titles, b.Title)
		}
		fmt.Printf("%s has %d: %s\n", m.Name, len(m.Books), strings.Join(titles, "; "))
	}
	fmt.Println(strings.Join(lib.events, "\n"))
	fmt.Printf("%+v\n", *lib.books["444"])
}
