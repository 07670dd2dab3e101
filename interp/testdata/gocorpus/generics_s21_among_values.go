package main

import (
	"fmt"
	"maps"
	"strings"
)

func Id[T any](v T) T { return v }

func Pair[T any](v T) (T, T) { return v, v }

func main() {
	var a, b = 1, Id(2)
	fmt.Println(a, b)
	c, d := Id("x"), 1
	fmt.Println(c, d)
	e, f := 3, Id(4.5)
	fmt.Println(e, f)
	var g, h int
	g, h = Id(7), Id(8)
	fmt.Println(g, h)
	var i, j = Id("i"), Id(9)
	fmt.Println(i, j)
	k, l, m := Id(1), "two", Id(3.0)
	fmt.Println(k, l, m)
	_, _ = strings.ToUpper("x"), maps.Clone(map[int]int{})
	n, o := Pair(5)
	fmt.Println(n, o)
	s, t := strings.ToUpper("x"), maps.Clone(map[int]int{1: 1})
	fmt.Println(s, t)
}
