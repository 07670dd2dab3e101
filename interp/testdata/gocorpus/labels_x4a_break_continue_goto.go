// Exercises: labelled break and continue over nested loops, break out of a select and a switch inside a loop via label, goto.
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
		}
	}
rows:
	for i := range 3 {
		for j := range 3 {
			if j > i {
				continue rows
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	ch := make(chan int, 5)
	for i := range 5 {
		ch <- i
	}
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v == 3 {
				break loop
			}
			fmt.Println("got", v)
		}
	}
sw:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			break sw
		default:
			fmt.Println("i", i)
		}
	}
	n := 0
again:
	n++
	if n < 4 {
		goto again
	}
	fmt.Println("n", n)
}
