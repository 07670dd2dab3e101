// Exercises: a rune stack checking balanced brackets and reporting the first error position.
package main

import "fmt"

func check(s string) (bool, int, string) {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{', '>': '<'}
	var stack []rune
	var pos []int
	for i, r := range s {
		switch r {
		case '(', '[', '{', '<':
			stack = append(stack, r)
			pos = append(pos, i)
		case ')', ']', '}', '>':
			if len(stack) == 0 {
				return false, i, "unexpected " + string(r)
			}
			top := stack[len(stack)-1]
			if top != pairs[r] {
				return false, i, fmt.Sprintf("expected match for %c, got %c", top, r)
			}
			stack = stack[:len(stack)-1]
			pos = pos[:len(pos)-1]
		}
	}
	if len(stack) > 0 {
		return false, pos[len(pos)-1], "unclosed " + string(stack[len(stack)-1])
	}
	return true, -1, ""
}

func main() {
	inputs := []string{
		"{[()()]}",
		"func(a []int) { return a[0] }",
		"[(])",
		"(((",
		"())",
		"<{[]}>",
		"",
	}
	for _, in := range inputs {
		ok, at, msg := check(in)
		fmt.Printf("%-32q ok=%-5v at=%2d %s\n", in, ok, at, msg)
	}
}
