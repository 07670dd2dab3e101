package main

import (
	"fmt"
	"strings"
)

// Game state as a value type: arrays copy, slices do not. Using a slice for the
// board and storing it in history leads to every history entry changing.

const piles = 3

type State [piles]int

type Move struct {
	Pile, Take int
}

func (s State) Moves() []Move {
	var ms []Move
	for p, n := range s {
		for t := 1; t <= n && t <= 3; t++ {
			ms = append(ms, Move{p, t})
		}
	}
	return ms
}

func (s State) Apply(m Move) State {
	s[m.Pile] -= m.Take // s is a copy
	return s
}

func (s State) Empty() bool { return s == State{} }

// win reports whether the player to move wins (last to take wins).
func win(s State, memo map[State]bool) bool {
	if s.Empty() {
		return false
	}
	if v, ok := memo[s]; ok {
		return v
	}
	res := false
	for _, m := range s.Moves() {
		if !win(s.Apply(m), memo) {
			res = true
			break
		}
	}
	memo[s] = res
	return res
}

func best(s State, memo map[State]bool) (Move, bool) {
	for _, m := range s.Moves() {
		if !win(s.Apply(m), memo) {
			return m, true
		}
	}
	ms := s.Moves()
	return ms[0], false
}

func render(s State) string {
	var parts []string
	for _, n := range s {
		parts = append(parts, strings.Repeat("|", n)+fmt.Sprintf("(%d)", n))
	}
	return strings.Join(parts, " ")
}

func main() {
	// The slice history bug.
	board := []int{3, 4, 5}
	var sliceHistory [][]int
	for i := range 3 {
		sliceHistory = append(sliceHistory, board)
		board[i]--
	}
	fmt.Println("slice history:", sliceHistory)

	// Array states copy naturally.
	st := State{3, 4, 5}
	var history []State
	for i := range 3 {
		history = append(history, st)
		st[i]--
	}
	fmt.Println("array history:", history)

	memo := map[State]bool{}
	s := State{3, 4, 5}
	player := 0
	for turn := 1; !s.Empty(); turn++ {
		m, winning := best(s, memo)
		s = s.Apply(m)
		fmt.Printf("turn %2d: P%d takes %d from pile %d (winning=%v) -> %s\n", turn, player+1, m.Take, m.Pile, winning, render(s))
		player = 1 - player
	}
	fmt.Printf("P%d wins; memo size %d\n", 2-player, len(memo))

	losing := 0
	for a := range 4 {
		for b := range 4 {
			if !win(State{a, b, 0}, memo) {
				losing++
				fmt.Print(State{a, b, 0}, " ")
			}
		}
	}
	fmt.Println("losing:", losing)
}
