package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func Join[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func PrintAll[T any](xs []T) { fmt.Println(xs) }

func Max[T ~float64](xs ...T) T {
	m := xs[0]
	for _, x := range xs {
		if x > m {
			m = x
		}
	}
	return m
}

func main() {
	cs := []Celsius{20, 25.5}
	fmt.Println(Join(cs, ", "))
	PrintAll(cs)
	fmt.Println(Max(cs...), Max[Celsius](1, 3))
	fmt.Printf("%v %T\n", Max(cs...), Max(cs...))
	m := Max(cs...)
	fmt.Println(m)
}
