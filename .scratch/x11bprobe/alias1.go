package main

import (
	"fmt"
	"maps"
	"slices"
)

type Set[T comparable] = map[T]struct{}

type IntList = []int

type Celsius = float64

type Pair[A, B any] struct {
	First  A
	Second B
}

type StrPair = Pair[string, string]

func main() {
	s := Set[string]{"b": {}, "a": {}}
	fmt.Println(slices.Sorted(maps.Keys(s)), len(s))
	var l IntList = []int{3, 1}
	slices.Sort(l)
	fmt.Printf("%v %T\n", l, l)
	var c Celsius = 21.5
	fmt.Printf("%v %T\n", c, c)
	p := StrPair{"x", "y"}
	fmt.Printf("%v %T %+v\n", p, p, p)
}
