// Exercises: types, constants and methods-free struct types declared inside a function, a recursive local closure through a var, local type shadowing a package type, %T of local types
package main

import (
	"fmt"
	"sort"
)

type Pair struct{ A, B int }

func main() {
	type Pair struct {
		Key   string
		Count int
	}
	const limit = 3
	type byCount []Pair
	counts := map[string]int{"go": 5, "rust": 2, "c": 5, "zig": 1}
	var ps byCount
	for k, v := range counts {
		ps = append(ps, Pair{k, v})
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].Count != ps[j].Count {
			return ps[i].Count > ps[j].Count
		}
		return ps[i].Key < ps[j].Key
	})
	if len(ps) > limit {
		ps = ps[:limit]
	}
	fmt.Printf("%v %+v\n", ps, ps[0])
	var fact func(n int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	type celsius float64
	t := celsius(21.5)
	t += 0.25
	fmt.Println(t, float64(t)*2)
	{
		type Pair [2]string
		p := Pair{"x", "y"}
		fmt.Println(p, len(p))
	}
	fmt.Println(Pair{"k", 1} == Pair{Key: "k", Count: 1})
}
