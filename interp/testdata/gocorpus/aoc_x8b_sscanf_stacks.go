// Exercises: crate stacks parsed from a drawing (split on blank line), fmt.Sscanf "move %d from %d to %d", [][]byte stacks, copying slices to avoid aliasing
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

func run(stacks [][]byte, moves []string, keepOrder bool) string {
	st := make([][]byte, len(stacks))
	for i := range stacks {
		st[i] = append([]byte{}, stacks[i]...)
	}
	for _, m := range moves {
		var n, from, to int
		fmt.Sscanf(m, "move %d from %d to %d", &n, &from, &to)
		from--
		to--
		top := st[from][len(st[from])-n:]
		st[from] = st[from][:len(st[from])-n]
		if keepOrder {
			st[to] = append(st[to], top...)
		} else {
			for i := len(top) - 1; i >= 0; i-- {
				st[to] = append(st[to], top[i])
			}
		}
	}
	var out []byte
	for _, s := range st {
		out = append(out, s[len(s)-1])
	}
	return string(out)
}

func main() {
	parts := strings.Split(input, "\n\n")
	drawing := strings.Split(parts[0], "\n")
	n := len(strings.Fields(drawing[len(drawing)-1]))
	stacks := make([][]byte, n)
	for i := len(drawing) - 2; i >= 0; i-- {
		for k := 0; k < n; k++ {
			pos := 1 + 4*k
			if pos < len(drawing[i]) && drawing[i][pos] != ' ' {
				stacks[k] = append(stacks[k], drawing[i][pos])
			}
		}
	}
	moves := strings.Split(parts[1], "\n")
	fmt.Println(run(stacks, moves, false))
	fmt.Println(run(stacks, moves, true))
	fmt.Printf("%q\n", stacks)
}
