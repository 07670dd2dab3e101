// Exercises: break inside an if in a select case leaves only the select,
// continue in a case (direct or nested) goes to the loop's next round,
// and a labeled continue reaches the outer loop.
package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for v := 1; v <= 6; v++ {
		ch <- v
	}
	n := 0
	for i := 0; i < 6; i++ {
		select {
		case v := <-ch:
			if v == 2 {
				break
			}
			if v == 4 {
				continue
			}
			n += v
		default:
			continue
		}
		n += 100
	}
	fmt.Println(n)
	ticks := make(chan int, 10)
	total := 0
outer:
	for round := 0; round < 3; round++ {
		for k := 0; k < 3; k++ {
			ticks <- k
			select {
			case t := <-ticks:
				if t == 1 {
					continue outer
				}
				total += 10
			}
			total++
		}
	}
	fmt.Println(total)
}
