package main

import (
	"fmt"
	"sort"
	"sync"
)

type term struct {
	perm []int
	sign int
	val  float64
}

func permutations(n int, out chan<- []int) {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	var rec func(k int)
	rec = func(k int) {
		if k == n {
			out <- append([]int(nil), p...)
			return
		}
		for i := k; i < n; i++ {
			p[k], p[i] = p[i], p[k]
			rec(k + 1)
			p[k], p[i] = p[i], p[k]
		}
	}
	rec(0)
	close(out)
}

func sign(p []int) int {
	inv := 0
	for i := range p {
		for j := i + 1; j < len(p); j++ {
			if p[i] > p[j] {
				inv++
			}
		}
	}
	if inv%2 == 0 {
		return 1
	}
	return -1
}

func main() {
	a := [][]float64{{2, -1, 0, 3}, {1, 4, 2, 0}, {0, 1, 5, -2}, {3, 0, 1, 1}}
	perms := make(chan []int)
	terms := make(chan term)
	go permutations(len(a), perms)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range perms {
				s := sign(p)
				v := float64(s)
				for i, j := range p {
					v *= a[i][j]
				}
				terms <- term{p, s, v}
			}
		}()
	}
	go func() { wg.Wait(); close(terms) }()
	var all []term
	det := 0.0
	for t := range terms {
		all = append(all, t)
		det += t.val
	}
	sort.Slice(all, func(i, j int) bool {
		for k := range all[i].perm {
			if all[i].perm[k] != all[j].perm[k] {
				return all[i].perm[k] < all[j].perm[k]
			}
		}
		return false
	})
	nonzero := 0
	for _, t := range all {
		if t.val != 0 {
			nonzero++
			if nonzero <= 5 {
				fmt.Printf("%v sign %+d -> %6.1f\n", t.perm, t.sign, t.val)
			}
		}
	}
	fmt.Printf("%d permutations, %d nonzero terms, det = %.1f\n", len(all), nonzero, det)
}
