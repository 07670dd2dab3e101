package main

import (
	"fmt"
	"sort"
	"strings"
)

type Store interface {
	Get(k string) (string, bool)
	Set(k, v string)
	Keys() []string
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mapStore) Set(k, v string)             { s.m[k] = v }
func (s *mapStore) Keys() []string {
	ks := make([]string, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// loggingStore overrides Set only; the rest is promoted from the embedded interface
type loggingStore struct {
	Store
	log []string
}

func (l *loggingStore) Set(k, v string) {
	l.log = append(l.log, "set "+k)
	l.Store.Set(k, strings.ToUpper(v))
}

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Square struct{ Rect }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func main() {
	base := &mapStore{m: map[string]string{}}
	var st Store = &loggingStore{Store: base}
	st.Set("a", "x")
	st.Set("b", "y")
	v, ok := st.Get("a")
	fmt.Println(v, ok, st.Keys())
	fmt.Println(st.(*loggingStore).log)
	base.Set("c", "direct")
	fmt.Println(st.Keys())

	words := byLen{"ccc", "a", "bb", "dddd"}
	sort.Sort(reverse{words})
	fmt.Println(words)
	sort.Sort(words)
	fmt.Println(words)

	shapes := []Shape{Rect{2, 3}, NewSquare(2), &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%T %.1f %.1f\n", s, s.Area(), s.Perimeter())
	}
	if sq, ok := shapes[1].(Square); ok {
		fmt.Println("square side", sq.W)
	}
	_, isRect := shapes[1].(Rect)
	fmt.Println("square is Rect?", isRect)

	// nil embedded interface panics when promoted method is called
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r != nil)
		}()
		var broken Store = &loggingStore{}
		broken.Keys()
	}()

	// interface holding struct compares by value
	var s1, s2 Shape = Rect{1, 2}, Rect{1, 2}
	var s3 Shape = &Rect{1, 2}
	var s4 Shape = &Rect{1, 2}
	fmt.Println(s1 == s2, s3 == s4, s1 == Shape(Square{Rect{1, 2}}))
}
