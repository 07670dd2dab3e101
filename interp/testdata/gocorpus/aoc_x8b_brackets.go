// Exercises: bracket matching with a []rune stack and map[rune]rune pairs, corrupted vs incomplete scoring, median of sorted int64 scores
package main

import (
	"fmt"
	"sort"
	"strings"
)

const input = `[({(<(())[]>[[{[]{<()<>>
[(()[<>])]({[<{<<[]>>(
{([(<{}[<>[]}>{[]{[(<()>
(((({<>}<{<{<>}{[]{[]{}
[[<[([]))<([[{}[[()]]]
[{[{({}]{}}([{[{{{}}([]
{<[[]]>}<{[{[{[]{()[[[]
[<(<(<(<{}))><([]([]()
<{([([[(<>()){}]>(<<{{
<{([{{}}[<[[[<>{}]]]>[]]`

var pairs = map[rune]rune{')': '(', ']': '[', '}': '{', '>': '<'}
var bad = map[rune]int{')': 3, ']': 57, '}': 1197, '>': 25137}
var open = map[rune]int64{'(': 1, '[': 2, '{': 3, '<': 4}

func main() {
	syntax := 0
	var scores []int64
	for _, line := range strings.Split(input, "\n") {
		var stack []rune
		corrupt := false
		for _, c := range line {
			if o, isClose := pairs[c]; isClose {
				if len(stack) == 0 || stack[len(stack)-1] != o {
					syntax += bad[c]
					corrupt = true
					break
				}
				stack = stack[:len(stack)-1]
			} else {
				stack = append(stack, c)
			}
		}
		if corrupt {
			continue
		}
		var s int64
		for i := len(stack) - 1; i >= 0; i-- {
			s = s*5 + open[stack[i]]
		}
		scores = append(scores, s)
	}
	sort.Slice(scores, func(i, j int) bool { return scores[i] < scores[j] })
	fmt.Println(syntax, scores[len(scores)/2], scores)
}
