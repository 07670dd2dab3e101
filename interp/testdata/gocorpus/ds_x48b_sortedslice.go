package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type SortedSlice[T any] struct {
	items []T
	cmp   func(a, b T) int
}

func NewSorted[T cmp.Ordered]() *SortedSlice[T] {
	return &SortedSlice[T]{cmp: cmp.Compare[T]}
}

func NewSortedFunc[T any](c func(a, b T) int) *SortedSlice[T] {
	return &SortedSlice[T]{cmp: c}
}

func (s *SortedSlice[T]) Insert(vs ...T) {
	for _, v := range vs {
		i, _ := slices.BinarySearchFunc(s.items, v, s.cmp)
		s.items = slices.Insert(s.items, i, v)
	}
}

func (s *SortedSlice[T]) Contains(v T) bool {
	_, ok := slices.BinarySearchFunc(s.items, v, s.cmp)
	return ok
}

func (s *SortedSlice[T]) Remove(v T) bool {
	i, ok := slices.BinarySearchFunc(s.items, v, s.cmp)
	if ok {
		s.items = slices.Delete(s.items, i, i+1)
	}
	return ok
}

func (s *SortedSlice[T]) Rank(v T) int {
	i, _ := slices.BinarySearchFunc(s.items, v, s.cmp)
	return i
}

func (s *SortedSlice[T]) Median() T { return s.items[len(s.items)/2] }

type Employee struct {
	Name   string
	Salary int
}

func main() {
	s := NewSorted[int]()
	s.Insert(50, 10, 40, 20, 30, 20)
	fmt.Println(s.items, s.Contains(40), s.Contains(45), s.Rank(35), s.Median())
	fmt.Println(s.Remove(20), s.Remove(99), s.items)

	names := NewSorted[string]()
	names.Insert(strings.Split("delta,alpha,charlie,bravo", ",")...)
	fmt.Printf("%q\n", names.items)

	emps := NewSortedFunc(func(a, b Employee) int {
		return cmp.Or(-cmp.Compare(a.Salary, b.Salary), strings.Compare(a.Name, b.Name))
	})
	emps.Insert(
		Employee{"zoe", 5000},
		Employee{"adam", 7000},
		Employee{"mia", 5000},
		Employee{"li", 9000},
	)
	for i, e := range emps.items {
		fmt.Printf("%d. %+v\n", i+1, e)
	}
	fmt.Println("median:", emps.Median().Name, emps.Rank(Employee{"bob", 5000}))
	fmt.Printf("%#v\n", emps.items[0])

	fs := NewSorted[float64]()
	fs.Insert(3.14, -1, 2.71, 0)
	fmt.Println(fs.items, fs.Rank(1))
}
