package main

import (
	"fmt"
	"strings"
	"sync"
)

func gen(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func mapStage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

type indexed[T any] struct {
	i int
	v T
}

func parallelMap[T, U any](in <-chan T, n int, f func(T) U) []U {
	src := make(chan indexed[T])
	go func() {
		defer close(src)
		i := 0
		for v := range in {
			src <- indexed[T]{i, v}
			i++
		}
	}()
	res := make(chan indexed[U])
	var wg sync.WaitGroup
	wg.Add(n)
	for k := 0; k < n; k++ {
		go func() {
			defer wg.Done()
			for it := range src {
				res <- indexed[U]{it.i, f(it.v)}
			}
		}()
	}
	go func() { wg.Wait(); close(res) }()
	m := map[int]U{}
	for r := range res {
		m[r.i] = r.v
	}
	out := make([]U, len(m))
	for i, v := range m {
		out[i] = v
	}
	return out
}

func merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	upper := mapStage(gen("alpha", "beta", "gamma", "delta"), strings.ToUpper)
	lens := mapStage(upper, func(s string) string { return fmt.Sprintf("%s:%d", s, len(s)) })
	for s := range lens {
		fmt.Println(s)
	}
	sq := parallelMap(gen("a", "bb", "ccc", "dddd", "eeeee", "f"), 3, func(s string) int { return len(s) * len(s) })
	fmt.Println(sq)
	total := 0
	count := 0
	for v := range merge(gen("x", "y"), gen("z"), gen()) {
		total += len(v)
		count++
	}
	fmt.Println(total, count)
	var mu sync.Mutex
	hist := map[rune]int{}
	var wg sync.WaitGroup
	for _, w := range []string{"hello", "world", "gopher"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, r := range w {
				mu.Lock()
				hist[r]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(hist)
}
