package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type ID interface {
	~int | ~int32
	String() string
}

type UserID int

func (u UserID) String() string { return "u" + strconv.Itoa(int(u)) }

type OrderID int32

func (o OrderID) String() string { return fmt.Sprintf("o%04d", int32(o)) }

type Registry[K ID, V any] struct {
	items map[K]V
	order []K
}

func NewRegistry[K ID, V any]() *Registry[K, V] {
	return &Registry[K, V]{items: map[K]V{}}
}

func (r *Registry[K, V]) Put(k K, v V) {
	if _, ok := r.items[k]; !ok {
		r.order = append(r.order, k)
	}
	r.items[k] = v
}

func (r *Registry[K, V]) Describe() string {
	var parts []string
	for _, k := range r.order {
		parts = append(parts, fmt.Sprintf("%s=%v", k, r.items[k]))
	}
	return strings.Join(parts, ",")
}

func SortedIDs[K ID, V any](r *Registry[K, V]) []K {
	ks := append([]K(nil), r.order...)
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

type Pair[A, B any] struct {
	First  A
	Second B
}

type StrPair[B any] = Pair[string, B]

type Numbered = Pair[int, string]

func MakePairs[B any](keys []string, f func(string) B) []StrPair[B] {
	out := make([]StrPair[B], len(keys))
	for i, k := range keys {
		out[i] = StrPair[B]{k, f(k)}
	}
	return out
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.size++ }

func (l *List[T]) All() func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func Reduce[T, A any](l *List[T], init A, f func(A, T) A) A {
	acc := init
	for _, v := range l.All() {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	users := NewRegistry[UserID, string]()
	users.Put(42, "ann")
	users.Put(7, "bob")
	users.Put(42, "ann2")
	fmt.Println(users.Describe(), SortedIDs(users))
	orders := NewRegistry[OrderID, []float64]()
	orders.Put(12, []float64{1.5, 2})
	orders.Put(3, nil)
	fmt.Println(orders.Describe(), SortedIDs(orders))
	ps := MakePairs([]string{"go", "rust", "zig"}, func(s string) int { return len(s) })
	fmt.Printf("%v %+v\n", ps, ps[1])
	n := Numbered{1, "one"}
	var p Pair[int, string] = n
	fmt.Printf("%T %v\n", p, p == n)
	var l List[string]
	for _, w := range strings.Fields("a bb ccc dddd") {
		l.Push(w)
	}
	for i, v := range l.All() {
		fmt.Print(i, v, " ")
	}
	fmt.Println(Reduce(&l, 0, func(a int, s string) int { return a + len(s) }))
	fmt.Println(Reduce(&l, "", func(a string, s string) string { return a + s[:1] }))
}
