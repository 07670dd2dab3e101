// Exercises: comma-ok receive inside select cases, disabling closed channels with nil.
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := make(chan int, 3)
	b := make(chan int, 3)
	for i := range 3 {
		a <- i
		b <- i * 10
	}
	close(a)
	close(b)
	sum := 0
	var closed []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				closed = append(closed, "a")
				a = nil
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				closed = append(closed, "b")
				b = nil
				continue
			}
			sum += v
		}
	}
	sort.Strings(closed)
	fmt.Println("closed:", closed, "sum:", sum)
}
