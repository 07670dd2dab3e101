// Go 1.22's per-iteration loop variables, when a literal or a pointer
// keeps the variable past an assignment in the body: three-clause loops
// (with and without a post statement, labelled, with several variables)
// and range loops over slices, maps, ints, strings, arrays, channels and
// iterators.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

type P struct{ X int }

func (p *P) Inc() { p.X++ }

func lb1() {
	var fs []func() int
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i })
		if i%2 == 0 {
			i++
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var idx []*int
	for i := 0; i < 3; i++ {
		idx = append(idx, &i)
		i += 0
	}
	fmt.Println(*idx[0], *idx[1], *idx[2])
	acc := []func(){}
	total := 0
	for i := 1; i <= 3; i++ {
		acc = append(acc, func() { total += i })
		i++
	}
	for _, f := range acc {
		f()
	}
	fmt.Println(total)
	var gs []func() int
	for i, j := 0, 10; i < j; {
		gs = append(gs, func() int { i += 100; return i + j })
		i += 3
		if i > 7 {
			continue
		}
		j--
	}
	for _, g := range gs {
		fmt.Print(g(), " ", g(), " ")
	}
	fmt.Println()
outer:
	for i := 0; i < 4; i++ {
		for k := 0; k < 3; k++ {
			defer func() { fmt.Print(i, k, ";") }()
			if k == 1 {
				i++
				continue outer
			}
		}
	}
}

func lb2() {
	var fs []func() string
	for k, v := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return fmt.Sprint(k, v) })
		v += "!"
		k *= 10
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*P
	for _, p := range []P{{1}, {2}} {
		ps = append(ps, &p)
		p.Inc()
	}
	fmt.Println(*ps[0], *ps[1])
	m := map[string]int{"x": 1}
	var gs []func() int
	for k, v := range m {
		gs = append(gs, func() int { return v + len(k) })
		v *= 7
	}
	fmt.Println(gs[0]())
	for i := range 3 {
		defer func() { fmt.Println("d", i) }()
		i *= 5
	}
}

func lb3() {
	var fs []func() string
	for i, r := range "héllo" {
		fs = append(fs, func() string { return fmt.Sprint(i, string(r)) })
		r++
		i *= 2
	}
	for k := range slices.Values([]int{4, 5}) {
		fs = append(fs, func() string { return fmt.Sprint(k) })
		k *= 3
	}
	arr := [3]int{7, 8, 9}
	for i, v := range arr {
		fs = append(fs, func() string { return fmt.Sprint(i, v) })
		v, i = v*2, i+1
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		p := &v
		fs = append(fs, func() string { return fmt.Sprint(*p, v) })
		v += 40
	}
	m := map[string]int{"a": 1, "b": 2}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fs = append(fs, func() string { return k })
		k = k + k
	}
	for _, f := range fs {
		fmt.Print(f(), "|")
	}
	fmt.Println()
	res := make([]int, 3)
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		// (The goroutine reads i after the body's i++: Go's output does not
		// depend on the scheduler.)
		start := make(chan bool)
		wg.Go(func() { <-start; res[i/2] = i * 10 })
		i++
		close(start)
	}
	wg.Wait()
	fmt.Println(res)
}

func main() {
	lb1()
	fmt.Println()
	lb2()
	lb3()
}
