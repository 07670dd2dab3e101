// Exercises: labelled continue out of a select inside a for, goto forward jump over nothing
package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	sum := 0
next:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break next
			}
			if v%2 == 0 {
				continue next
			}
			sum += v
		}
	}
	fmt.Println(sum)
	i := 0
	goto check
body:
	fmt.Print(i, " ")
	i += 3
check:
	if i < 10 {
		goto body
	}
	fmt.Println()
}
