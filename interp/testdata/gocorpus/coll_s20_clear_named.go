package main

import "fmt"

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)  { s[v] = struct{}{} }
func (s Set[T]) Reset()   { clear(s) }
func (s Set[T]) Len() int { return len(s) }

type Bag map[string]int

func (b Bag) Total() (n int) {
	for _, v := range b {
		n += v
	}
	return n
}

type Row []float64

func (r Row) Sum() (s float64) {
	for _, v := range r {
		s += v
	}
	return s
}

func main() {
	s := Set[int]{}
	s.Add(1)
	s.Add(2)
	fmt.Println(s.Len())
	s.Reset()
	fmt.Println(s.Len(), s)
	b := Bag{"a": 1, "b": 2}
	clear(b)
	fmt.Println(b.Total(), len(b))
	r := Row{1, 2, 3}
	clear(r[1:])
	fmt.Println(r, r.Sum())
	clear(r)
	fmt.Println(r, len(r))
}
