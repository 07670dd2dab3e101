package main

import (
	"errors"
	"fmt"
	"strings"
)

// Instances of generic types made inside generic functions and returned
// in interfaces, printed with %T and %v and asserted back.
type Spec[T any] interface {
	Match(T) bool
	Describe() string
}

type pred[T any] struct {
	desc string
	fn   func(T) bool
}

func (p pred[T]) Match(v T) bool   { return p.fn(v) }
func (p pred[T]) Describe() string { return p.desc }

type all[T any] struct{ specs []Spec[T] }

func (a all[T]) Match(v T) bool {
	for _, s := range a.specs {
		if !s.Match(v) {
			return false
		}
	}
	return true
}

func (a all[T]) Describe() string {
	var parts []string
	for _, s := range a.specs {
		parts = append(parts, s.Describe())
	}
	return "(" + strings.Join(parts, " AND ") + ")"
}

func Where[T any](desc string, fn func(T) bool) Spec[T] { return pred[T]{desc, fn} }

func All[T any](s ...Spec[T]) Spec[T] { return all[T]{s} }

type NotFound[K comparable] struct{ Key K }

func (e *NotFound[K]) Error() string { return fmt.Sprintf("not found: %v", e.Key) }

func lookup[K comparable, V any](m map[K]V, k K) (V, error) {
	v, ok := m[k]
	if !ok {
		return v, &NotFound[K]{k}
	}
	return v, nil
}

func main() {
	short := Where("short", func(s string) bool { return len(s) < 4 })
	vowel := Where("vowel", func(s string) bool { return strings.ContainsAny(s[:1], "aeiou") })
	both := All(short, vowel)
	fmt.Printf("%T %T\n", short, both)
	fmt.Println(both.Describe())
	for _, w := range []string{"ox", "apple", "the", "an"} {
		fmt.Println(w, both.Match(w))
	}
	if a, ok := both.(all[string]); ok {
		fmt.Println("specs:", len(a.specs))
	}
	even := Where("even", func(n int) bool { return n%2 == 0 })
	fmt.Printf("%T %v\n", All(even), All(even).Match(4))

	_, err := lookup(map[string]int{"a": 1}, "b")
	fmt.Printf("%v | %T\n", err, err)
	var nf *NotFound[string]
	fmt.Println(errors.As(err, &nf), nf.Key)
	_, err = lookup(map[int]bool{}, 7)
	fmt.Printf("%T %v\n", err, err)
}
