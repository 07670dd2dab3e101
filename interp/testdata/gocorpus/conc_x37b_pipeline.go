// A three-stage pipeline with unidirectional channel types, after section 8.4.
package main

import (
	"fmt"
	"strings"
)

func counter(out chan<- int, n int) {
	for x := range n {
		out <- x
	}
	close(out)
}

func squarer(out chan<- int, in <-chan int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func printer(in <-chan int) []string {
	var got []string
	for v := range in {
		got = append(got, fmt.Sprint(v))
	}
	return got
}

// generator-style stages that return their output channels.
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

func mapStage(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	return out
}

func filterStage(in <-chan string, keep func(string) bool) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			if keep(s) {
				out <- s
			}
		}
	}()
	return out
}

func main() {
	naturals := make(chan int)
	squares := make(chan int)
	go counter(naturals, 12)
	go squarer(squares, naturals)
	fmt.Println(strings.Join(printer(squares), " "))

	words := gen("gopher", "channel", "go", "select", "goroutine", "mutex", "defer")
	upper := mapStage(words, strings.ToUpper)
	long := filterStage(upper, func(s string) bool { return len(s) > 4 })
	rev := mapStage(long, func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	})
	for s := range rev {
		fmt.Printf("%q ", s)
	}
	fmt.Println()

	// Buffered channel as a queue.
	ch := make(chan string, 3)
	ch <- "A"
	ch <- "B"
	fmt.Println(cap(ch), len(ch), <-ch, len(ch))
	ch <- "C"
	close(ch)
	for s := range ch {
		fmt.Print(s)
	}
	v, ok := <-ch
	fmt.Printf(" %q %v\n", v, ok)
}
