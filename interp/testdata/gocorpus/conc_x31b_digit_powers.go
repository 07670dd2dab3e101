package main

import (
	"fmt"
	"sort"
	"sync"
)

// Problems 30 and 34: numbers equal to the sum of powers / factorials of their digits.

type criterion struct {
	name  string
	table [10]int
	upper int
}

func powTable(e int) [10]int {
	var t [10]int
	for d := 0; d < 10; d++ {
		v := 1
		for i := 0; i < e; i++ {
			v *= d
		}
		t[d] = v
	}
	return t
}

func factTable() [10]int {
	var t [10]int
	t[0] = 1
	for d := 1; d < 10; d++ {
		t[d] = t[d-1] * d
	}
	return t
}

func (c criterion) search(lo, hi int, out chan<- int) {
	for n := lo; n < hi; n++ {
		s := 0
		for m := n; m > 0; m /= 10 {
			s += c.table[m%10]
		}
		if s == n {
			out <- n
		}
	}
}

func solve(c criterion, workers int) []int {
	out := make(chan int)
	var wg sync.WaitGroup
	chunk := (c.upper-10)/workers + 1
	for w := 0; w < workers; w++ {
		lo := 10 + w*chunk
		hi := min(lo+chunk, c.upper)
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.search(lo, hi, out)
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var found []int
	for n := range out {
		found = append(found, n)
	}
	sort.Ints(found)
	return found
}

func main() {
	crits := []criterion{
		{"fourth powers", powTable(4), 6 * 6561},
		{"fifth powers", powTable(5), 6 * 59049},
		{"factorials", factTable(), 7 * 362880},
	}
	for _, c := range crits {
		found := solve(c, 3)
		sum := 0
		for _, n := range found {
			sum += n
		}
		fmt.Printf("%-14s %v sum=%d\n", c.name+":", found, sum)
	}
}
