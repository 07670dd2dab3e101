// Exercises: labeled break and continue in nested loops, break out of switch and select inside loops, goto
package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v < 0:
				continue outer
			case v == target:
				return i, j, true
			case v > 100:
				break outer
			}
		}
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{{1, -1, 7}, {3, 7, 9}, {200, 7}}
	fmt.Println(findPair(grid, 7))
	fmt.Println(findPair(grid, 9))
	fmt.Println(findPair([][]int{{200}, {9}}, 9))
	ch := make(chan int, 5)
	for i := range 5 {
		ch <- i
	}
	close(ch)
	n := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v == 3 {
				break loop
			}
			n += v
		}
	}
	fmt.Println("n", n)
	attempts, budget := 0, 3
again:
	attempts++
	if attempts*attempts < 10 && budget > 0 {
		budget--
		goto again
	}
	fmt.Println("attempts", attempts, "budget", budget)
	count := 0
	for a := range 3 {
		switch a {
		case 1:
			continue
		}
		count += a
	}
	fmt.Println(count)
}
