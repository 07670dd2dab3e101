package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

const numbers = `12 14 1969 100756 7 33583 654 90 5555 12345 3 8`

func gen(done <-chan struct{}, xs []int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, x := range xs {
			select {
			case out <- x:
			case <-done:
				return
			}
		}
	}()
	return out
}

func fuel(m int) int {
	total := 0
	for f := m/3 - 2; f > 0; f = f/3 - 2 {
		total += f
	}
	return total
}

type indexed struct{ i, v int }

func stage(in <-chan indexed, f func(int) int) <-chan indexed {
	out := make(chan indexed)
	go func() {
		defer close(out)
		for x := range in {
			out <- indexed{x.i, f(x.v)}
		}
	}()
	return out
}

func merge(cs ...<-chan indexed) <-chan indexed {
	var wg sync.WaitGroup
	out := make(chan indexed)
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	var xs []int
	for _, f := range strings.Fields(numbers) {
		n, _ := strconv.Atoi(f)
		xs = append(xs, n)
	}
	done := make(chan struct{})
	src := gen(done, xs)
	idx := make(chan indexed)
	go func() {
		i := 0
		for v := range src {
			idx <- indexed{i, v}
			i++
		}
		close(idx)
	}()
	workers := make([]<-chan indexed, 4)
	for w := range workers {
		workers[w] = stage(idx, fuel)
	}
	res := make([]int, len(xs))
	sum := 0
	for r := range merge(workers...) {
		res[r.i] = r.v
		sum += r.v
	}
	fmt.Println(res)
	fmt.Println("sum:", sum)

	early := gen(done, []int{1, 2, 3, 4, 5})
	fmt.Println(<-early, <-early)
	close(done)
	for range early {
	}
	fmt.Println("drained after cancel")

	var once sync.Once
	results := make(chan string, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { results <- "init" })
			_ = i
		}()
	}
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
