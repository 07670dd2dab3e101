package main

import (
	"fmt"
	"strings"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 4)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func toString(in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for n := range in {
			out <- fmt.Sprintf("<%d>", n)
		}
	}()
	return out
}

func take[T any](in <-chan T, n int, done chan<- struct{}) []T {
	var res []T
	for v := range in {
		if len(res) < n {
			res = append(res, v)
		}
	}
	close(done)
	return res
}

func main() {
	var parts []string
	for s := range toString(filter(sq(gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)), func(n int) bool { return n%2 == 1 })) {
		parts = append(parts, s)
	}
	fmt.Println(strings.Join(parts, " "))
	sum := 0
	for v := range sq(sq(gen(1, 2, 3))) {
		sum += v
	}
	fmt.Println("sum of fourth powers:", sum)
	done := make(chan struct{})
	got := take(sq(gen(9, 8, 7, 6)), 2, done)
	<-done
	fmt.Println(got)
	results := make(chan string, 3)
	for i, name := range []string{"a", "b", "c"} {
		go func() {
			results <- strings.Repeat(name, i+1)
		}()
	}
	collected := map[string]bool{}
	for range 3 {
		collected[<-results] = true
	}
	fmt.Println(collected)
}
