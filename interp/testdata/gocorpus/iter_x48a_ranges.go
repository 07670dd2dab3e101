package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i >= 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i+1, x) {
				return
			}
		}
	}
}

func Evens(limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i <= limit; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for n := range Countdown(5) {
		fmt.Print(n, " ")
	}
	fmt.Println("liftoff!")
	for i, s := range Enumerate([]string{"wash", "dry", "fold"}) {
		fmt.Printf("step %d: %s\n", i, s)
	}
	for n := range Evens(100) {
		if n > 10 {
			break
		}
		fmt.Print(n, ",")
	}
	fmt.Println()
	ages := map[string]int{"zoe": 19, "adam": 22, "mia": 20}
	for _, k := range slices.Sorted(maps.Keys(ages)) {
		fmt.Println(k, ages[k])
	}
	fmt.Println(slices.Collect(Evens(8)))
	vals := slices.Sorted(maps.Values(ages))
	fmt.Println(vals)
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
