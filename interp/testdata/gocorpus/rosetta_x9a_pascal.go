// Exercises: Pascal's triangle with jagged slices, centred with width stars %*d and %*s
package main

import "fmt"

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func main() {
	t := pascal(10)
	w := len(fmt.Sprint(t[len(t)-1][len(t)/2]))
	for i, row := range t {
		fmt.Printf("%*s", (len(t)-i-1)*(w+1)/2, "")
		for _, v := range row {
			fmt.Printf("%*d ", w, v)
		}
		fmt.Println()
	}
	sum := 0
	for _, v := range t[9] {
		sum += v
	}
	fmt.Printf("row 9 sums to %d = 2^9? %t\n", sum, sum == 1<<9)
	fmt.Printf("%-*d|%.*f|\n", 6, 42, 2, 3.14159)
}
