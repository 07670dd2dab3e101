// Exercises: an unrecovered panic inside a goroutine crashes the whole program. (nothing printed between the go statement and the receive: Go itself may or may not print it before the panic).
package main

import "fmt"

func parse(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(fmt.Sprintf("bad digit %q in %q", c, s))
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func main() {
	fmt.Println(parse("123"), parse("45"))
	results := make(chan int)
	go func() {
		results <- parse("9x")
	}()
	fmt.Println(<-results)
	fmt.Println("unreachable")
}
