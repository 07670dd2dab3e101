package main

import (
	"fmt"
	"sort"
	"strings"
)

type Mark byte

const (
	Gray   Mark = '-'
	Yellow Mark = '?'
	Green  Mark = '+'
)

func Score(guess, answer string) string {
	marks := make([]Mark, len(guess))
	left := map[byte]int{}
	for i := range guess {
		if guess[i] == answer[i] {
			marks[i] = Green
		} else {
			left[answer[i]]++
			marks[i] = Gray
		}
	}
	for i := range guess {
		if marks[i] == Green {
			continue
		}
		if left[guess[i]] > 0 {
			marks[i] = Yellow
			left[guess[i]]--
		}
	}
	return string(marks)
}

func consistent(word string, history [][2]string) bool {
	for _, h := range history {
		if Score(h[0], word) != h[1] {
			return false
		}
	}
	return true
}

func main() {
	words := strings.Fields(`crane slate trace crate grape plate stare spare
		share shake brake flake flame frame blame gleam cream dream bread tread`)
	answer := "frame"
	var history [][2]string
	guess := "slate"
	for turn := 1; turn <= 6; turn++ {
		s := Score(guess, answer)
		fmt.Printf("%d %s %s\n", turn, strings.ToUpper(guess), s)
		if s == strings.Repeat("+", len(answer)) {
			fmt.Println("solved in", turn)
			break
		}
		history = append(history, [2]string{guess, s})
		var cands []string
		for _, w := range words {
			if consistent(w, history) {
				cands = append(cands, w)
			}
		}
		sort.Slice(cands, func(i, j int) bool {
			ui, uj := uniq(cands[i]), uniq(cands[j])
			if ui != uj {
				return ui > uj
			}
			return cands[i] < cands[j]
		})
		fmt.Println("  candidates:", cands)
		if len(cands) == 0 {
			break
		}
		guess = cands[0]
	}
	fmt.Println(Score("speed", "abide"), Score("eerie", "level"))
}

func uniq(s string) int {
	seen := map[rune]struct{}{}
	for _, r := range s {
		seen[r] = struct{}{}
	}
	return len(seen)
}
