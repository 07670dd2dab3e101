package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

const input = "3 14 15 92 65 35 89 79 32 38 46 26 43 38 32 79 50 28"

func gen(done <-chan struct{}, words []string) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, w := range words {
			n, err := strconv.Atoi(w)
			if err != nil {
				continue
			}
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
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
	done := make(chan struct{})
	src := gen(done, strings.Fields(input))
	total, count := 0, 0
	for v := range merge(square(src), square(src), square(src)) {
		total += v
		count++
	}
	close(done)
	fmt.Println("count:", count, "sum of squares:", total)

	ticks := make(chan int)
	quit := make(chan string)
	go func() {
		for i := 1; i <= 5; i++ {
			ticks <- i
		}
		quit <- "finished"
	}()
	var got []int
loop:
	for {
		select {
		case t := <-ticks:
			got = append(got, t*10)
		case msg := <-quit:
			fmt.Println("quit:", msg)
			break loop
		}
	}
	fmt.Println(got)

	sem := make(chan struct{}, 2)
	res := make([]int, 6)
	var wg sync.WaitGroup
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			res[i] = i * i * i
		}()
	}
	wg.Wait()
	fmt.Println(res)
	select {
	case v := <-make(chan int):
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing ready")
	}
}
