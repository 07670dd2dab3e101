package main

import "fmt"

func main() {
	subs := map[string][]chan int{"a": {make(chan int, 1), make(chan int, 2)}}
	for _, ch := range subs["a"] {
		ch <- cap(ch)
	}
	for i, ch := range subs["a"] {
		if i == 0 {
			continue
		}
		fmt.Println(i, <-ch)
	}
outer:
	for _, ch := range [2]chan string{make(chan string, 1), nil} {
		if ch == nil {
			break outer
		}
		ch <- "x"
		fmt.Println(<-ch)
	}
	fmt.Println(<-subs["a"][0])
}
