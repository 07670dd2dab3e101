package main

import (
	"cmp"
	"fmt"
	"strings"
)

type PQ[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] { return &PQ[T]{less: less} }

func NewMinPQ[T cmp.Ordered]() *PQ[T] {
	return NewPQ(func(a, b T) bool { return a < b })
}

func (q *PQ[T]) Len() int { return len(q.data) }

func (q *PQ[T]) Insert(x T) {
	q.data = append(q.data, x)
	i := len(q.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(q.data[i], q.data[p]) {
			break
		}
		q.data[i], q.data[p] = q.data[p], q.data[i]
		i = p
	}
}

func (q *PQ[T]) Extract() (T, bool) {
	var zero T
	if len(q.data) == 0 {
		return zero, false
	}
	top := q.data[0]
	last := len(q.data) - 1
	q.data[0] = q.data[last]
	q.data = q.data[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q.data) && q.less(q.data[l], q.data[m]) {
			m = l
		}
		if r < len(q.data) && q.less(q.data[r], q.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		q.data[i], q.data[m] = q.data[m], q.data[i]
		i = m
	}
	return top, true
}

func Drain[T any](q *PQ[T]) []T {
	var out []T
	for q.Len() > 0 {
		x, _ := q.Extract()
		out = append(out, x)
	}
	return out
}

type Job struct {
	Name     string
	Priority int
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func main() {
	ints := NewMinPQ[int]()
	for _, x := range []int{5, 3, 17, 10, 84, 19, 6, 22, 9} {
		ints.Insert(x)
	}
	fmt.Println("heap array:", ints.data)
	fmt.Println(Drain(ints))

	jobs := NewPQ(func(a, b Job) bool { return a.Priority > b.Priority })
	for i, n := range strings.Fields("build test deploy lint docs") {
		jobs.Insert(Job{n, (i * 7) % 5})
	}
	for _, j := range Drain(jobs) {
		fmt.Printf("%+v\n", j)
	}
	pairs := NewPQ(func(a, b Pair[string, float64]) bool { return a.Key < b.Key })
	pairs.Insert(Pair[string, float64]{"m", 1.5})
	pairs.Insert(Pair[string, float64]{"a", 2.5})
	p, ok := pairs.Extract()
	fmt.Printf("%v %v %T\n", p, ok, p)
	_, ok = NewMinPQ[string]().Extract()
	fmt.Println("empty:", ok)
}
