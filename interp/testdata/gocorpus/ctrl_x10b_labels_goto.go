// Exercises: labeled break and continue in nested loops, goto forward and backward, switch with fallthrough, switch without condition, break inside switch inside for
package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	r, c := -1, -1
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				r, c = i, j
				break outer
			}
		}
	}
	return r, c
}

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	}
	return "C"
}
func main() {
	grid := [][]int{{1, 2, -1, 7}, {3, 7, 4}, {7}}
	fmt.Println(find(grid, 7))
	fmt.Println(find(grid, 9))
	for _, n := range []int{0, 1, 2, 3} {
		switch n {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("small ")
		case 2, 3:
			if n == 3 {
				break
			}
			fmt.Print("two ")
		}
	}
	fmt.Println()
	i := 0
again:
	if i < 3 {
		fmt.Print("i=", i, " ")
		i++
		goto again
	}
	fmt.Println()
	for n := 0; n < 10; n++ {
		switch {
		case n%2 == 0:
			continue
		case n > 6:
			goto done
		}
		fmt.Print(n, " ")
	}
done:
	fmt.Println("done", grade(95), grade(85), grade(10))
}
