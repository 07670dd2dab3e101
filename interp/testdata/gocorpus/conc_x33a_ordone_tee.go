package main

import (
	"fmt"
	"strings"
)

func orDone[T any](done <-chan struct{}, c <-chan T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func tee[T any](done <-chan struct{}, in <-chan T) (<-chan T, <-chan T) {
	out1 := make(chan T)
	out2 := make(chan T)
	go func() {
		defer close(out1)
		defer close(out2)
		for v := range orDone(done, in) {
			o1, o2 := out1, out2
			for i := 0; i < 2; i++ {
				select {
				case o1 <- v:
					o1 = nil
				case o2 <- v:
					o2 = nil
				}
			}
		}
	}()
	return out1, out2
}

func words(done <-chan struct{}, text string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range strings.Fields(text) {
			select {
			case out <- w:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	defer close(done)

	a, b := tee(done, words(done, "the quick brown fox jumps over the lazy dog"))
	for v1 := range a {
		v2 := <-b
		fmt.Printf("%-6q %-6q %v\n", v1, strings.ToUpper(v2), len(v1) == len(v2))
	}

	stop := make(chan struct{})
	src := make(chan int)
	go func() {
		defer close(src)
		for i := 1; ; i++ {
			select {
			case src <- i:
			case <-stop:
				return
			}
		}
	}()
	var got []int
	for v := range orDone(stop, src) {
		got = append(got, v)
		if len(got) == 5 {
			close(stop)
			break
		}
	}
	fmt.Println("orDone got", got)
}
