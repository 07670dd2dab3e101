// Exercises: for loops - condition only, three-clause, range over int, infinite with break, continue, labels, closures per iteration
package main

import "fmt"

func main() {
	countdown := 3
	for countdown > 0 {
		fmt.Print(countdown, "... ")
		countdown--
	}
	fmt.Println("liftoff")

	for i := 1; i <= 16; i *= 2 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	total := 0
	for n := range 5 {
		total += n * n
	}
	fmt.Println("sum of squares:", total)

	attempts := 0
	for {
		attempts++
		if attempts*attempts > 30 {
			break
		}
	}
	fmt.Println("attempts:", attempts)

	for _, w := range []string{"go", "", "loop", ""} {
		if w == "" {
			continue
		}
		fmt.Println("word:", w)
	}

grid:
	for row := 1; row <= 3; row++ {
		for col := 1; col <= 3; col++ {
			switch {
			case col > row:
				continue grid
			case row*col == 6:
				break grid
			}
			fmt.Print(row*col, " ")
		}
	}
	fmt.Println()

	var later []func() string
	for i := 0; i < 3; i++ {
		later = append(later, func() string { return fmt.Sprint("call ", i) })
	}
	for _, f := range later {
		fmt.Println(f())
	}

	for lo, hi := 0, 9; lo < hi; lo, hi = lo+2, hi-1 {
		fmt.Print("[", lo, ",", hi, "]")
	}
	fmt.Println()
}
