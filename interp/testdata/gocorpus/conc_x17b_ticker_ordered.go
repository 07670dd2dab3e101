package main

import (
	"fmt"
	"strings"
	"sync"
)

type Stage func(<-chan string) <-chan string

func mapStage(f func(string) string) Stage {
	return func(in <-chan string) <-chan string {
		out := make(chan string)
		go func() {
			defer close(out)
			for s := range in {
				out <- f(s)
			}
		}()
		return out
	}
}

func compose(stages ...Stage) Stage {
	return func(in <-chan string) <-chan string {
		for _, s := range stages {
			in = s(in)
		}
		return in
	}
}

type result struct {
	idx int
	val string
}

func parallelOrdered(inputs []string, f func(string) string) []string {
	out := make([]string, len(inputs))
	ch := make(chan result)
	var wg sync.WaitGroup
	for i, s := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- result{i, f(s)}
		}()
	}
	go func() { wg.Wait(); close(ch) }()
	for r := range ch {
		out[r.idx] = r.val
	}
	return out
}

func main() {
	src := make(chan string)
	go func() {
		defer close(src)
		for _, w := range []string{"alpha", "beta", "gamma"} {
			src <- w
		}
	}()
	p := compose(mapStage(strings.ToUpper), mapStage(func(s string) string { return s + "!" }),
		mapStage(func(s string) string { return fmt.Sprintf("<%s>", s) }))
	for s := range p(src) {
		fmt.Println(s)
	}
	fmt.Println(parallelOrdered([]string{"x", "yy", "zzz", "w"}, func(s string) string {
		return strings.Repeat(s, 2)
	}))
	turn := []chan bool{make(chan bool), make(chan bool), make(chan bool)}
	var wg sync.WaitGroup
	var sb strings.Builder
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 2; round++ {
				<-turn[id]
				fmt.Fprintf(&sb, "g%d.r%d ", id, round)
				next := (id + 1) % 3
				if !(id == 2 && round == 1) {
					turn[next] <- true
				}
			}
		}()
	}
	turn[0] <- true
	wg.Wait()
	fmt.Println(sb.String())
	errc := make(chan error, 3)
	for i := range 3 {
		go func() {
			if i == 1 {
				errc <- fmt.Errorf("worker %d failed", i)
				return
			}
			errc <- nil
		}()
	}
	failed := 0
	for range 3 {
		if err := <-errc; err != nil {
			fmt.Println(err)
			failed++
		}
	}
	fmt.Println("failed", failed)
}
