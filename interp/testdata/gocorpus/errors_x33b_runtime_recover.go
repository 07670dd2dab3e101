package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shelf struct {
	Books []string
	index map[string]int
}

func (s *Shelf) At(i int) string { return s.Books[i] }

func (s *Shelf) Lookup(title string) int { return s.index[title] }

func safe(name string, f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch v := r.(type) {
		case error:
			err = fmt.Errorf("%s: runtime: %w", name, v)
		case string:
			err = fmt.Errorf("%s: %s", name, v)
		default:
			err = fmt.Errorf("%s: unknown panic %v (%T)", name, v, v)
		}
	}()
	f()
	return nil
}

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid " + v.Field }

func main() {
	s := &Shelf{Books: []string{"Dune", "Emma"}}
	var nilShelf *Shelf
	var m map[string]int
	var iface any = "text"
	zero := 0

	tests := []struct {
		name string
		f    func()
	}{
		{"index", func() { fmt.Println(s.At(5)) }},
		{"nil map read", func() { fmt.Println("lookup:", s.Lookup("x")) }},
		{"nil map write", func() { m["a"] = 1 }},
		{"nil pointer", func() { fmt.Println(nilShelf.Books) }},
		{"type assert", func() { fmt.Println(iface.(int)) }},
		{"divide", func() { fmt.Println(10 / zero) }},
		{"custom", func() { panic(ValidationError{"email"}) }},
		{"string", func() { panic("out of paper") }},
		{"int", func() { panic(42) }},
		{"slice bounds", func() { fmt.Println(s.Books[1:zero]) }},
		{"ok", func() { fmt.Println("all good") }},
		{"closed chan", func() {
			ch := make(chan int)
			close(ch)
			close(ch)
		}},
	}
	for _, tc := range tests {
		err := safe(tc.name, tc.f)
		if err == nil {
			fmt.Printf("%-14s no panic\n", tc.name)
			continue
		}
		var ve ValidationError
		var re interface{ RuntimeError() }
		fmt.Printf("%-14s %v\n", tc.name, err)
		fmt.Printf("%14s runtime=%t validation=%t\n", "", errors.As(err, &re), errors.As(err, &ve))
	}

	defer fmt.Println("deferred 1")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered in main:", r)
			fmt.Println(strings.Repeat("=", 10))
		}
	}()
	defer fmt.Println("deferred 2")
	var arr [3]int
	idx := 3
	arr[idx%len(arr)] = 1
	fmt.Println(arr)
	panic(fmt.Sprintf("fatal: %d books", len(s.Books)))
}
