// Exercises: labelled break and continue in nested loops, goto-free search for first repeated pair, labelled loop over a grid with early exit
package main

import (
	"fmt"
	"strings"
)

const input = `vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg
wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn
ttgJtRGJQctTZtZT
CrZsJsPPZsGzwwsLwLmpwMDw`

func prio(c byte) int {
	if c >= 'a' && c <= 'z' {
		return int(c-'a') + 1
	}
	return int(c-'A') + 27
}

func main() {
	lines := strings.Split(input, "\n")
	sum := 0
	for _, l := range lines {
		a, b := l[:len(l)/2], l[len(l)/2:]
	found:
		for i := 0; i < len(a); i++ {
			for j := 0; j < len(b); j++ {
				if a[i] == b[j] {
					sum += prio(a[i])
					break found
				}
			}
		}
	}
	fmt.Println("part1:", sum)
	badge := 0
group:
	for g := 0; g+2 < len(lines); g += 3 {
		for c := byte('A'); c <= 'z'; c++ {
			if strings.IndexByte(lines[g], c) < 0 {
				continue
			}
			if strings.IndexByte(lines[g+1], c) >= 0 && strings.IndexByte(lines[g+2], c) >= 0 {
				badge += prio(c)
				continue group
			}
		}
	}
	fmt.Println("part2:", badge)
	count := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if j > i {
				continue outer
			}
			if i*j > 20 {
				break outer
			}
			count++
		}
	}
	fmt.Println(count)
}
