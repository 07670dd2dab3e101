// Exercises: select choosing among several ready channels; results sorted so order does not matter.
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := make(chan string, 5)
	b := make(chan string, 5)
	for i := range 5 {
		a <- fmt.Sprint("a", i)
		b <- fmt.Sprint("b", i)
	}
	var got []string
	for range 10 {
		select {
		case v := <-a:
			got = append(got, v)
		case v := <-b:
			got = append(got, v)
		}
	}
	sort.Strings(got)
	fmt.Println(got)
	fmt.Println(len(a), len(b))
}
