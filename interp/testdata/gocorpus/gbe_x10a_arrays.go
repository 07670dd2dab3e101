// Exercises: arrays - zero values, len, literals with ... and indexes, value semantics on assignment and calls, 2-D arrays, comparison, keys
package main

import "fmt"

func bump(a [4]int) [4]int {
	a[0]++
	return a
}

func bumpPtr(a *[4]int) { a[0]++ }

func main() {
	var hours [7]float64
	fmt.Println(hours, len(hours))
	hours[0], hours[6] = 8, 2.5
	fmt.Println(hours, hours[6])

	primes := [...]int{2, 3, 5, 7}
	fmt.Println(primes, len(primes))
	sparse := [6]string{1: "b", 4: "e"}
	fmt.Printf("%q\n", sparse)
	tail := [...]byte{9: 'x'}
	fmt.Println(len(tail), tail[9])

	clone := primes
	clone[0] = 100
	fmt.Println(primes[0], clone[0], primes == clone)
	fmt.Println(bump(primes), primes)
	bumpPtr(&primes)
	fmt.Println(primes)

	var board [3][3]rune
	for r := range board {
		for c := range board[r] {
			board[r][c] = '.'
		}
	}
	board[1][1] = 'X'
	board[0][2] = 'O'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
	other := board
	other[2][0] = 'X'
	fmt.Println(board == other, board[2][0] == '.')

	visits := map[[2]int]int{}
	for _, p := range [][2]int{{0, 0}, {1, 2}, {0, 0}} {
		visits[p]++
	}
	fmt.Println(visits)

	window := primes[1:3]
	window[0] = -3
	fmt.Println(primes, len(window), cap(window))
	fmt.Printf("%v %T %T\n", [0]int{}, primes, board)
}
