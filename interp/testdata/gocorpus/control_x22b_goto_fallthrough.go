package main

import (
	"fmt"
	"strings"
)

func classify(n int) string {
	var tags []string
	switch {
	case n%15 == 0:
		tags = append(tags, "fizzbuzz")
		fallthrough
	case n%5 == 0:
		tags = append(tags, "buzz")
		fallthrough
	case n%3 == 0:
		tags = append(tags, "div")
	default:
		tags = append(tags, "plain")
	}
	return strings.Join(tags, "+")
}

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func findPair(grid [][]int, target int) (int, int, bool) {
	var r, c int
outer:
	for r = range grid {
		for c = range grid[r] {
			switch v := grid[r][c]; {
			case v < 0:
				continue outer
			case v == target:
				break outer
			}
		}
	}
	if r < len(grid) && c < len(grid[r]) && grid[r][c] == target {
		return r, c, true
	}
	return -1, -1, false
}

func lexer(s string) []string {
	var out []string
	i := 0
	state := 0
	start := 0
	for {
		switch state {
		case 0:
			if i >= len(s) {
				goto done
			}
			if s[i] == ' ' {
				i++
				continue
			}
			start = i
			state = 1
		case 1:
			if i < len(s) && s[i] != ' ' {
				i++
				continue
			}
			out = append(out, s[start:i])
			state = 0
		}
	}
done:
	return out
}

func main() {
	for _, n := range []int{1, 3, 5, 9, 10, 15, 30} {
		fmt.Printf("%d:%s ", n, classify(n))
	}
	fmt.Println()
	best, arg := 0, 0
	for i := 1; i < 1000; i++ {
		if s := collatz(i); s > best {
			best, arg = s, i
		}
	}
	fmt.Println("collatz:", arg, best)
	g := [][]int{{1, 2, -1, 9}, {4, 9, 6}, {7, 8, 9}}
	fmt.Println(findPair(g, 9))
	fmt.Println(findPair(g, 42))
	fmt.Printf("%q\n", lexer("  let x   = 42 ;"))
	i := 0
	for {
		i++
		if i%2 == 0 {
			continue
		}
		if i > 9 {
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
	x := 5
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 10:
		if x == 5 {
			fmt.Println("ten, breaking")
			break
		}
		fmt.Println("unreachable-ish")
	}
}
