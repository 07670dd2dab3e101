// Exercises: generic Filter and Reduce combined.
package main

import "fmt"

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Employee struct {
	Name   string
	Salary int
}

func main() {
	emps := []Employee{{"a", 50}, {"b", 120}, {"c", 90}, {"d", 200}}
	rich := Filter(emps, func(e Employee) bool { return e.Salary >= 100 })
	fmt.Println(rich)
	total := Reduce(emps, 0, func(acc int, e Employee) int { return acc + e.Salary })
	names := Reduce(emps, "", func(acc string, e Employee) string { return acc + e.Name })
	fmt.Println(total, names)
	fmt.Println(len(Filter([]int{}, func(int) bool { return true })))
}
