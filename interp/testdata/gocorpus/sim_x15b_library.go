package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type BookID int

type Book struct {
	ID     BookID
	Title  string
	Author string
	Copies int
}

type Member struct {
	Name    string
	MaxLoan int
	loans   map[BookID]int // book -> day borrowed
}

type Library struct {
	books   map[BookID]*Book
	members map[string]*Member
	day     int
	fines   map[string]int
}

var (
	ErrNoCopies = errors.New("no copies available")
	ErrLimit    = errors.New("loan limit reached")
	ErrNotLoan  = errors.New("not on loan")
)

type LoanError struct {
	Member string
	Book   BookID
	Err    error
}

func (e *LoanError) Error() string { return fmt.Sprintf("%s/%d: %v", e.Member, e.Book, e.Err) }
func (e *LoanError) Unwrap() error { return e.Err }

func (l *Library) Borrow(who string, id BookID) error {
	m, b := l.members[who], l.books[id]
	switch {
	case b.Copies == 0:
		return &LoanError{who, id, ErrNoCopies}
	case len(m.loans) >= m.MaxLoan:
		return &LoanError{who, id, ErrLimit}
	}
	b.Copies--
	m.loans[id] = l.day
	return nil
}

func (l *Library) Return(who string, id BookID) error {
	m := l.members[who]
	d, ok := m.loans[id]
	if !ok {
		return &LoanError{who, id, ErrNotLoan}
	}
	delete(m.loans, id)
	l.books[id].Copies++
	if late := l.day - d - 14; late > 0 {
		l.fines[who] += late * 25
	}
	return nil
}

func main() {
	lib := &Library{books: map[BookID]*Book{}, members: map[string]*Member{}, fines: map[string]int{}}
	for i, t := range []string{"Dune|Herbert|2", "Emma|Austen|1", "Ulysses|Joyce|1"} {
		p := strings.Split(t, "|")
		var n int
		fmt.Sscan(p[2], &n)
		lib.books[BookID(i+1)] = &Book{BookID(i + 1), p[0], p[1], n}
	}
	for _, n := range []string{"ann", "ben"} {
		lib.members[n] = &Member{Name: n, MaxLoan: 2, loans: map[BookID]int{}}
	}
	type op struct {
		day  int
		kind byte
		who  string
		id   BookID
	}
	ops := []op{{1, 'b', "ann", 1}, {1, 'b', "ann", 2}, {2, 'b', "ann", 3}, {2, 'b', "ben", 2}, {3, 'b', "ben", 1}, {3, 'b', "ben", 1},
		{20, 'r', "ann", 2}, {21, 'b', "ben", 2}, {30, 'r', "ann", 1}, {30, 'r', "ann", 1}, {31, 'r', "ben", 1}}
	for _, o := range ops {
		lib.day = o.day
		var err error
		if o.kind == 'b' {
			err = lib.Borrow(o.who, o.id)
		} else {
			err = lib.Return(o.who, o.id)
		}
		var le *LoanError
		if errors.As(err, &le) {
			fmt.Printf("day %2d %c %s: %v (limit=%v)\n", o.day, o.kind, o.who, err, errors.Is(err, ErrLimit))
		} else {
			fmt.Printf("day %2d %c %s %d ok\n", o.day, o.kind, o.who, o.id)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(lib.books)) {
		fmt.Printf("%+v\n", *lib.books[id])
	}
	fmt.Println(lib.fines)
	for _, n := range slices.Sorted(maps.Keys(lib.members)) {
		fmt.Println(n, slices.Sorted(maps.Keys(lib.members[n].loans)))
	}
}
