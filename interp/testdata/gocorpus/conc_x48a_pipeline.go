package main

import (
	"fmt"
	"strings"
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

func main() {
	src := generate("alpha", "beta", "gamma", "delta")
	upper := transform(src, strings.ToUpper)
	decorated := transform(upper, func(s string) string { return "<" + s + ">" })
	for s := range decorated {
		fmt.Println(s)
	}

	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			ticks <- i
		}
		close(done)
	}()
	sum := 0
loop:
	for {
		select {
		case n := <-ticks:
			sum += n
			fmt.Println("tick", n)
		case <-done:
			break loop
		}
	}
	fmt.Println("sum", sum)

	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func(id int) {
			results <- fmt.Sprintf("worker %d done", id)
		}(i)
	}
	var msgs []string
	for i := 0; i < 3; i++ {
		msgs = append(msgs, <-results)
	}
	fmt.Println(len(msgs))
	timeout := make(chan bool, 1)
	timeout <- true
	select {
	case m := <-results:
		fmt.Println("unexpected", m)
	case <-timeout:
		fmt.Println("no more results")
	}
}
