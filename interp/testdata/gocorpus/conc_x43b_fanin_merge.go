package main

import (
	"fmt"
	"sync"
)

func generate(name string, vals ...int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, v := range vals {
			out <- fmt.Sprintf("%s:%d", name, v)
		}
	}()
	return out
}

func merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
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

// orderedMerge merges per-source sequences, preserving per-source order
// and draining sources round-robin so output is deterministic.
func orderedMerge(chans ...<-chan string) []string {
	var out []string
	open := len(chans)
	for open > 0 {
		for i, c := range chans {
			if c == nil {
				continue
			}
			v, ok := <-c
			if !ok {
				chans[i] = nil
				open--
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func main() {
	count := map[byte]int{}
	for v := range merge(generate("a", 1, 2, 3), generate("b", 4, 5), generate("c", 6)) {
		count[v[0]]++
	}
	fmt.Println("counts:", count)
	res := orderedMerge(generate("x", 1, 2, 3, 4), generate("y", 10), generate("z", 100, 200))
	fmt.Println(res)
	fmt.Println(len(res))
	nums := merge(func() <-chan int {
		c := make(chan int, 3)
		c <- 1
		c <- 2
		c <- 3
		close(c)
		return c
	}())
	s := 0
	for n := range nums {
		s += n
	}
	fmt.Println("sum:", s)
}
