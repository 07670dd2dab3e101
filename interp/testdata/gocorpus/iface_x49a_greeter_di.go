package main

import (
	"fmt"
	"strings"
)

// Store is what the service needs from persistence.
type Store interface {
	Get(id int) (string, error)
	Put(id int, name string) error
}

type fakeStore struct {
	data  map[int]string
	calls []string
}

func newFakeStore() *fakeStore {
	return &fakeStore{data: map[int]string{}}
}

func (f *fakeStore) Get(id int) (string, error) {
	f.calls = append(f.calls, fmt.Sprintf("Get(%d)", id))
	name, ok := f.data[id]
	if !ok {
		return "", fmt.Errorf("user %d not found", id)
	}
	return name, nil
}

func (f *fakeStore) Put(id int, name string) error {
	f.calls = append(f.calls, fmt.Sprintf("Put(%d,%q)", id, name))
	f.data[id] = name
	return nil
}

type Greeter struct {
	store  Store
	prefix string
}

func NewGreeter(s Store, prefix string) *Greeter {
	return &Greeter{store: s, prefix: prefix}
}

func (g *Greeter) Greet(id int) string {
	name, err := g.store.Get(id)
	if err != nil {
		return g.prefix + ", stranger"
	}
	return g.prefix + ", " + strings.Title(name)
}

func main() {
	fs := newFakeStore()
	fs.Put(1, "ada")
	fs.Put(2, "grace hopper")
	g := NewGreeter(fs, "Hello")

	tests := []struct {
		name string
		id   int
		want string
	}{
		{"known user", 1, "Hello, Ada"},
		{"two words", 2, "Hello, Grace Hopper"},
		{"unknown", 3, "Hello, stranger"},
	}
	failed := 0
	for _, tc := range tests {
		got := g.Greet(tc.id)
		if got != tc.want {
			failed++
			fmt.Printf("FAIL %s: got %q, want %q\n", tc.name, got, tc.want)
			continue
		}
		fmt.Printf("PASS %s\n", tc.name)
	}
	fmt.Println("calls:", strings.Join(fs.calls, " "))
	fmt.Printf("%d/%d passed\n", len(tests)-failed, len(tests))
}
