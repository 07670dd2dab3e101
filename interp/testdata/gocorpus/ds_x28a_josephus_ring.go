package main

import (
	"container/ring"
	"fmt"
	"strings"
)

func josephusRing(n, k int) (order []int, survivor int) {
	r := ring.New(n)
	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}
	// r is at prisoner 0; step to the one before so Unlink removes the k-th
	r = r.Prev()
	for r.Len() > 1 {
		r = r.Move(k - 1)
		removed := r.Unlink(1)
		order = append(order, removed.Value.(int))
	}
	return order, r.Value.(int)
}

func josephusFormula(n, k int) int {
	s := 0
	for i := 2; i <= n; i++ {
		s = (s + k) % i
	}
	return s
}

func josephusSlice(n, k int) []int {
	people := make([]int, n)
	for i := range people {
		people[i] = i
	}
	var out []int
	idx := 0
	for len(people) > 0 {
		idx = (idx + k - 1) % len(people)
		out = append(out, people[idx])
		people = append(people[:idx], people[idx+1:]...)
	}
	return out
}

func main() {
	order, s := josephusRing(41, 3)
	fmt.Println("killed:", order[:10], "...")
	fmt.Println("survivor:", s, "formula:", josephusFormula(41, 3))
	sl := josephusSlice(41, 3)
	fmt.Println("slice agrees:", fmt.Sprint(sl[:40]) == fmt.Sprint(order), sl[40])

	for _, c := range [][2]int{{5, 2}, {7, 3}, {10, 1}, {1, 5}} {
		_, s := josephusRing(c[0], c[1])
		fmt.Printf("n=%d k=%d survivor=%d formula=%d\n", c[0], c[1], s, josephusFormula(c[0], c[1]))
	}

	r := ring.New(5)
	for i, name := range strings.Fields("ann bob cid dee eve") {
		_ = i
		r.Value = name
		r = r.Next()
	}
	var names []string
	r.Do(func(v any) { names = append(names, strings.ToUpper(v.(string))) })
	fmt.Println(names, r.Len())
	r.Move(2).Link(ring.New(1)).Value = "new"
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(josephusFormula(100000, 2))
}
