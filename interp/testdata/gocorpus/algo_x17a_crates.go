package main

import (
	"fmt"
	"strings"
)

const input = `    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2`

type Stack[T any] []T

func (s *Stack[T]) Push(v ...T) { *s = append(*s, v...) }
func (s *Stack[T]) PopN(n int) []T {
	old := *s
	out := make([]T, n)
	copy(out, old[len(old)-n:])
	*s = old[:len(old)-n]
	return out
}
func (s Stack[T]) Top() (T, bool) {
	var zero T
	if len(s) == 0 {
		return zero, false
	}
	return s[len(s)-1], true
}

func parse() ([]Stack[byte], [][3]int) {
	parts := strings.Split(input, "\n\n")
	lines := strings.Split(parts[0], "\n")
	n := len(strings.Fields(lines[len(lines)-1]))
	stacks := make([]Stack[byte], n)
	for i := len(lines) - 2; i >= 0; i-- {
		for j := 0; j < n; j++ {
			pos := 1 + 4*j
			if pos < len(lines[i]) && lines[i][pos] != ' ' {
				stacks[j].Push(lines[i][pos])
			}
		}
	}
	var moves [][3]int
	for _, l := range strings.Split(parts[1], "\n") {
		var a, b, c int
		if _, err := fmt.Sscanf(l, "move %d from %d to %d", &a, &b, &c); err != nil {
			panic(err)
		}
		moves = append(moves, [3]int{a, b - 1, c - 1})
	}
	return stacks, moves
}

func tops(st []Stack[byte]) string {
	var sb strings.Builder
	for _, s := range st {
		if t, ok := s.Top(); ok {
			sb.WriteByte(t)
		}
	}
	return sb.String()
}

func main() {
	for part := 1; part <= 2; part++ {
		st, moves := parse()
		for _, m := range moves {
			crates := st[m[1]].PopN(m[0])
			if part == 1 {
				for i, j := 0, len(crates)-1; i < j; i, j = i+1, j-1 {
					crates[i], crates[j] = crates[j], crates[i]
				}
			}
			st[m[2]].Push(crates...)
		}
		fmt.Printf("part %d: %s\n", part, tops(st))
		for i, s := range st {
			fmt.Printf("  %d: %q\n", i+1, string(s))
		}
	}
}
