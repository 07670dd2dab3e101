package main

import (
	"fmt"
	"strings"
	"sync"
)

func generate(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func transform(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	return out
}

func merge(chans ...<-chan int) <-chan int {
	out := make(chan int, 10)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
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

func squares(from, to int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := from; i < to; i++ {
			ch <- i * i
		}
		close(ch)
	}()
	return ch
}

func main() {
	up := transform(generate("alpha", "beta", "gamma"), strings.ToUpper)
	ex := transform(up, func(s string) string { return s + "!" })
	for s := range ex {
		fmt.Println(s)
	}

	sum := 0
	for v := range merge(squares(0, 5), squares(5, 10), squares(10, 15)) {
		sum += v
	}
	fmt.Println("sum of squares:", sum)

	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		for i := 1; ; i++ {
			select {
			case ticks <- i:
			case <-done:
				close(ticks)
				return
			}
		}
	}()
	got := []int{}
	for v := range ticks {
		got = append(got, v)
		if v == 5 {
			close(done)
			break
		}
	}
	fmt.Println(got)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once, i =", i) })
	}
}
