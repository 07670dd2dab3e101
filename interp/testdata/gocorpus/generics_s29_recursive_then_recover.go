package main

import (
	"errors"
	"fmt"
)

// Sum and Flatten call themselves; Even and Odd call each other.
func Sum[T ~int | ~float64](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + Sum(xs[1:])
}

type Tree[T any] struct {
	Val  T
	Kids []Tree[T]
}

func Flatten[T any](t Tree[T]) []T {
	out := []T{t.Val}
	for _, k := range t.Kids {
		out = append(out, Flatten(k)...)
	}
	return out
}

func Even[T ~int](n T) bool {
	if n == 0 {
		return true
	}
	return Odd(n - 1)
}

func Odd[T ~int](n T) bool {
	if n == 0 {
		return false
	}
	return Even(n - 1)
}

func Total[T ~int | ~float64](rows [][]T) T {
	var t T
	for _, r := range rows {
		t += Sum(r)
	}
	return t
}

type Cents int

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2}), Sum([]Cents{250, 199}))
	fmt.Println(Flatten(Tree[string]{"a", []Tree[string]{{"b", nil}, {"c", []Tree[string]{{"d", nil}}}}}))
	fmt.Println(Even(10), Odd(Cents(7)), Total([][]int{{1, 2}, {3}}))
	try("nil map", func() {
		var m map[string]int
		m["x"] = 1
	})
	try("index", func() {
		xs := []int{1, 2}
		i := 5
		fmt.Println(xs[i])
	})
	try("explicit", func() { panic(errors.New("boom")) })
	try("fine", func() { fmt.Println(Sum([]int{4, 5})) })
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("caught: %v", r)
			}
		}()
		panic(fmt.Sprint("depth ", Sum([]int{1, 1, 1})))
	}()
	fmt.Println(err)
}
