package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Keyed interface {
	comparable
}

type Repo[K Keyed, V any] struct {
	order []K
	data  map[K]V
}

func NewRepo[K Keyed, V any]() *Repo[K, V] {
	return &Repo[K, V]{data: make(map[K]V)}
}

func (r *Repo[K, V]) Put(k K, v V) {
	if _, ok := r.data[k]; !ok {
		r.order = append(r.order, k)
	}
	r.data[k] = v
}

func (r *Repo[K, V]) Get(k K) (V, bool) {
	v, ok := r.data[k]
	return v, ok
}

func (r *Repo[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range r.order {
			if !yield(k, r.data[k]) {
				return
			}
		}
	}
}

func Filter[K Keyed, V any](seq iter.Seq2[K, V], pred func(V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if pred(v) && !yield(k, v) {
				return
			}
		}
	}
}

type Book struct {
	Title    string
	Author   string
	Borrower string
}

var ErrOnLoan = errors.New("already on loan")

type Library struct {
	books *Repo[string, *Book]
}

func (l *Library) Lend(isbn, who string) error {
	b, ok := l.books.Get(isbn)
	if !ok {
		return fmt.Errorf("lend %s: not found", isbn)
	}
	if b.Borrower != "" {
		return fmt.Errorf("lend %q to %s: %w (by %s)", b.Title, who, ErrOnLoan, b.Borrower)
	}
	b.Borrower = who
	return nil
}

func main() {
	l := &Library{books: NewRepo[string, *Book]()}
	l.books.Put("111", &Book{"Dune", "Herbert", ""})
	l.books.Put("222", &Book{"Emma", "Austen", ""})
	l.books.Put("333", &Book{"Ulysses", "Joyce", ""})
	l.books.Put("444", &Book{"Persuasion", "Austen", ""})
	for _, req := range [][2]string{{"111", "ann"}, {"444", "bob"}, {"111", "cy"}, {"999", "dee"}} {
		if err := l.Lend(req[0], req[1]); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrOnLoan))
		}
	}
	for isbn, b := range Filter(l.books.All(), func(b *Book) bool { return b.Borrower == "" }) {
		fmt.Println("available:", isbn, b.Title)
	}
	var authors []string
	for _, b := range l.books.All() {
		authors = append(authors, b.Author)
	}
	slices.Sort(authors)
	fmt.Println(strings.Join(slices.Compact(authors), ","))
	for isbn, b := range l.books.All() {
		if b.Borrower != "" {
			fmt.Printf("%s %-10s -> %s\n", isbn, b.Title, b.Borrower)
			break
		}
	}
}
