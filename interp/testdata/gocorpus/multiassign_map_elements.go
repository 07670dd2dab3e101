// Exercises: assignments of a call's results and of values beside a composite literal to lists holding map elements, in blocks and in if and for init statements
package main

import "fmt"

func pair() ([]int, int) { return []int{1, 2}, 7 }

func lookup(m map[string]float64, k string) (float64, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	m := map[string]int{}
	var s []int
	if s, m["a"] = []int{1}, 2; len(s) > 0 {
		fmt.Println("init", s, m)
	}
	s, m["b"] = pair()
	fmt.Println(s, m)
	scores := map[string]float64{"x": 0.5}
	found := map[string]bool{}
	var v float64
	v, found["x"] = lookup(scores, "x")
	_, found["y"] = lookup(scores, "y")
	fmt.Println(v, found)
	i := 0
	for i, m["loop"] = 0, 0; i < 3; i++ {
		m["loop"] += i
	}
	fmt.Println(m)
}
