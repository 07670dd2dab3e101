// Exercises: constraints with methods, type sets with ~, generic ring buffer type with methods, zero value return, Stringer constraint
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Shower interface {
	comparable
	Show() string
}

type Cents int

func (c Cents) Show() string {
	return "$" + strconv.Itoa(int(c)/100) + "." + fmt.Sprintf("%02d", int(c)%100)
}

type Tag string

func (t Tag) Show() string { return "#" + string(t) }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func JoinShow[T Shower](xs []T, sep string) string {
	var parts []string
	var zero T
	for _, x := range xs {
		if x == zero {
			continue
		}
		parts = append(parts, x.Show())
	}
	return strings.Join(parts, sep)
}

// Ring is a fixed-size FIFO that overwrites its oldest entry when full.
type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Put(v T) {
	r.buf[(r.head+r.size)%len(r.buf)] = v
	if r.size == len(r.buf) {
		r.head = (r.head + 1) % len(r.buf)
	} else {
		r.size++
	}
}

func (r *Ring[T]) Take() (v T, ok bool) {
	if r.size == 0 {
		return v, false
	}
	v, r.head, r.size = r.buf[r.head], (r.head+1)%len(r.buf), r.size-1
	return v, true
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Cents](150, 275))
	fmt.Println(Sum[Cents](150, 275).Show())
	fmt.Println(JoinShow([]Cents{199, 0, 5}, ", "))
	fmt.Println(JoinShow([]Tag{"go", "", "yaegi"}, " "))
	st := NewRing[Tag](2)
	st.Put("a")
	st.Put("b")
	st.Put("c")
	v, ok := st.Take()
	fmt.Println(v.Show(), ok)
	st.Take()
	v, ok = st.Take()
	fmt.Printf("%q %v\n", v, ok)
}
