// Exercises: nested range over int building and printing a multiplication table.
package main

import "fmt"

func main() {
	const n = 5
	var table [n][n]int
	for i := range n {
		for j := range n {
			table[i][j] = (i + 1) * (j + 1)
		}
	}
	for _, row := range table {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%2d", v)
		}
		fmt.Println()
	}
	diag := 0
	for i := range len(table) {
		diag += table[i][i]
	}
	fmt.Println("diagonal sum:", diag)
}
