package main

import (
	"fmt"
	"sort"
	"strings"
)

type Optional[T any] struct {
	value   T
	present bool
}

func Of[T any](v T) Optional[T] { return Optional[T]{v, true} }
func Empty[T any]() Optional[T] { return Optional[T]{} }

func (o Optional[T]) IsPresent() bool { return o.present }
func (o Optional[T]) OrElse(def T) T {
	if o.present {
		return o.value
	}
	return def
}
func (o Optional[T]) Get() T {
	if !o.present {
		panic("NoSuchElementException: no value present")
	}
	return o.value
}
func (o Optional[T]) String() string {
	if !o.present {
		return "Optional.empty"
	}
	return fmt.Sprintf("Optional[%v]", o.value)
}

type Stream[T any] struct {
	items []T
}

func StreamOf[T any](items ...T) Stream[T] { return Stream[T]{items} }

func (s Stream[T]) Filter(p func(T) bool) Stream[T] {
	var out []T
	for _, it := range s.items {
		if p(it) {
			out = append(out, it)
		}
	}
	return Stream[T]{out}
}

func (s Stream[T]) Sorted(less func(a, b T) bool) Stream[T] {
	out := append([]T(nil), s.items...)
	sort.SliceStable(out, func(i, j int) bool { return less(out[i], out[j]) })
	return Stream[T]{out}
}

func (s Stream[T]) Limit(n int) Stream[T] {
	if n > len(s.items) {
		n = len(s.items)
	}
	return Stream[T]{s.items[:n]}
}

func (s Stream[T]) FindFirst() Optional[T] {
	if len(s.items) == 0 {
		return Empty[T]()
	}
	return Of(s.items[0])
}

func (s Stream[T]) ForEach(f func(T)) {
	for _, it := range s.items {
		f(it)
	}
}

func (s Stream[T]) ToSlice() []T { return s.items }

func MapStream[T, U any](s Stream[T], f func(T) U) Stream[U] {
	out := make([]U, len(s.items))
	for i, it := range s.items {
		out[i] = f(it)
	}
	return Stream[U]{out}
}

func Collect[T any, K comparable](s Stream[T], key func(T) K) map[K]int {
	m := map[K]int{}
	s.ForEach(func(t T) { m[key(t)]++ })
	return m
}

type Book struct {
	Title  string
	Author string
	Year   int
	Pages  int
}

func main() {
	books := StreamOf(
		Book{"Dune", "Herbert", 1965, 412},
		Book{"Neuromancer", "Gibson", 1984, 271},
		Book{"Foundation", "Asimov", 1951, 255},
		Book{"I, Robot", "Asimov", 1950, 253},
		Book{"Hyperion", "Simmons", 1989, 482},
		Book{"The Gods Themselves", "Asimov", 1972, 288},
	)
	long := books.Filter(func(b Book) bool { return b.Pages > 260 }).
		Sorted(func(a, b Book) bool { return a.Year < b.Year })
	titles := MapStream(long, func(b Book) string { return strings.ToUpper(b.Title) })
	fmt.Println(titles.ToSlice())
	fmt.Println(books.Filter(func(b Book) bool { return b.Author == "Asimov" }).FindFirst())
	none := books.Filter(func(b Book) bool { return b.Year > 2000 }).FindFirst()
	fmt.Println(none, none.IsPresent(), none.OrElse(Book{Title: "n/a"}).Title)
	fmt.Println(Collect(books, func(b Book) string { return b.Author }))
	decades := Collect(books, func(b Book) int { return b.Year / 10 * 10 })
	fmt.Println(decades)
	MapStream(books.Sorted(func(a, b Book) bool { return a.Pages > b.Pages }).Limit(3),
		func(b Book) string { return fmt.Sprintf("%s (%d)", b.Title, b.Pages) }).
		ForEach(func(s string) { fmt.Println(" -", s) })
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(none.Get())
	}()
	fmt.Printf("%v %+v %T\n", Of(42), Of("x"), Empty[float64]())
}
