// Exercises: goto loops, labelled break/continue across nested loops and a switch/select inside a loop
package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func main() {
	i := 0
again:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto again
	}
	fmt.Println()

	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
outer:
	for r, row := range grid {
		for c, v := range row {
			switch {
			case v%2 == 0 && r == 0:
				continue outer
			case v == 8:
				break outer
			case v == 5:
				continue
			}
			fmt.Printf("(%d,%d)=%d ", r, c, v)
		}
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			fmt.Println("got", v)
		}
	}
	fmt.Println(findPair(grid, 6))
	n := 0
	for a := 1; a < 20; a++ {
		if a%3 != 0 {
			goto skip
		}
		n += a
	skip:
	}
	fmt.Println(n)
}
