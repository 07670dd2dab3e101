package main

import (
	"fmt"
	"math"
)

type Score float64

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(1, 2.5, -3))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	var a, b Score = 7.5, 3.25
	m := min(a, b)
	fmt.Printf("%v %T\n", m, m)
	fmt.Println(min(math.NaN(), 1), max(math.Inf(-1), -1e308))
	fmt.Println(min(-0.0, 0.0), max(int8(-128), -127))
	const c = min(10, 20, 5)
	var arr [c]int
	fmt.Println(len(arr), c)

	x := []int{1, 2, 3, 4}
	clear(x)
	fmt.Println(x, len(x))

	mp := map[string]int{"a": 1, "b": 2}
	alias := mp
	clear(mp)
	fmt.Println(len(mp), len(alias), mp == nil)
	mp["c"] = 3
	fmt.Println(alias)

	sub := []string{"p", "q", "r", "s"}
	clear(sub[1:3])
	fmt.Printf("%q\n", sub)

	type pt struct{ X, Y int }
	pts := []pt{{1, 2}, {3, 4}}
	clear(pts)
	fmt.Printf("%+v\n", pts)

	var ptrs []*int
	n := 5
	ptrs = append(ptrs, &n, &n)
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil)

	lo, hi := 0, 100
	clamp := func(v int) int { return max(lo, min(hi, v)) }
	fmt.Println(clamp(-5), clamp(50), clamp(500))

	var nilSlice []int
	clear(nilSlice)
	var nilMap map[int]int
	clear(nilMap)
	fmt.Println(nilSlice == nil, nilMap == nil)
	fmt.Println(min(1<<62, math.MaxInt64), max('a', 'b'))
}
