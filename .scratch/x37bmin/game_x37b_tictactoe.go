// Reduction of game_x37b_tictactoe.go (both styles): timeout.
// Not a semantic difference: the output so far is right, but the session is
// about 200 times slower than compiled Go on deep recursion over an array
// pointer and is interrupted at the 10 s limit. The compiled program takes
// about 55 ms; one count() (986410 calls) takes about 2 s in the session.
// go run prints:   5918460
// session reports: Interrupted: the cell was interrupted; variables keep the
//   values they had

package main

import "fmt"

type Board [9]byte

// count visits every position of the tic-tac-toe game tree (ignoring wins).
func count(b *Board, player byte) int {
	n := 1
	for i := range b {
		if b[i] == 0 {
			b[i] = player
			n += count(b, 3-player)
			b[i] = 0
		}
	}
	return n
}

func main() {
	var b Board
	total := 0
	for range 6 {
		total += count(&b, 1)
	}
	fmt.Println(total)
}
