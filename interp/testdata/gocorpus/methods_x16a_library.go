package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Book struct {
	ISBN     string
	Title    string
	Author   string
	Year     int
	borrower string
}

func (b *Book) IsAvailable() bool { return b.borrower == "" }
func (b Book) String() string {
	status := "in"
	if b.borrower != "" {
		status = "out:" + b.borrower
	}
	return fmt.Sprintf("%q by %s (%d) [%s]", b.Title, b.Author, b.Year, status)
}

type Member struct {
	Name  string
	Limit int
	books []*Book
}

type Library struct {
	books   []*Book
	members map[string]*Member
}

var (
	ErrNoBook    = errors.New("no such book")
	ErrBorrowed  = errors.New("already borrowed")
	ErrOverLimit = errors.New("limit reached")
)

func (l *Library) find(isbn string) (*Book, error) {
	i := slices.IndexFunc(l.books, func(b *Book) bool { return b.ISBN == isbn })
	if i < 0 {
		return nil, fmt.Errorf("isbn %s: %w", isbn, ErrNoBook)
	}
	return l.books[i], nil
}

func (l *Library) Borrow(member, isbn string) error {
	m := l.members[member]
	b, err := l.find(isbn)
	if err != nil {
		return err
	}
	if !b.IsAvailable() {
		return fmt.Errorf("%s: %w by %s", b.Title, ErrBorrowed, b.borrower)
	}
	if len(m.books) >= m.Limit {
		return fmt.Errorf("%s: %w (%d)", m.Name, ErrOverLimit, m.Limit)
	}
	b.borrower = m.Name
	m.books = append(m.books, b)
	return nil
}

func (l *Library) Return(member, isbn string) {
	m := l.members[member]
	m.books = slices.DeleteFunc(m.books, func(b *Book) bool {
		if b.ISBN == isbn {
			b.borrower = ""
			return true
		}
		return false
	})
}

func main() {
	lib := &Library{members: map[string]*Member{
		"amy": {Name: "Amy", Limit: 2},
		"raj": {Name: "Raj", Limit: 1},
	}}
	lib.books = append(lib.books,
		&Book{ISBN: "1", Title: "Dune", Author: "Herbert", Year: 1965},
		&Book{ISBN: "2", Title: "Emma", Author: "Austen", Year: 1815},
		&Book{ISBN: "3", Title: "Ulysses", Author: "Joyce", Year: 1922})
	steps := [][2]string{{"amy", "1"}, {"raj", "1"}, {"raj", "2"}, {"raj", "3"}, {"amy", "9"}, {"amy", "3"}}
	for _, s := range steps {
		if err := lib.Borrow(s[0], s[1]); err != nil {
			fmt.Printf("%s/%s: %v [%t %t %t]\n", s[0], s[1], err, errors.Is(err, ErrNoBook), errors.Is(err, ErrBorrowed), errors.Is(err, ErrOverLimit))
		}
	}
	lib.Return("amy", "1")
	for _, b := range lib.books {
		fmt.Println(b)
	}
	var titles []string
	for _, b := range lib.members["amy"].books {
		titles = append(titles, b.Title)
	}
	fmt.Println(strings.Join(titles, ";"), len(lib.members["raj"].books))
}
