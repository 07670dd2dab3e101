package main

import (
	"fmt"
	"strings"
)

const para = `Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.`

func wrap(text string, width int) [][]string {
	var lines [][]string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		if n > 0 && n+1+len(w) > width {
			lines = append(lines, cur)
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func justify(words []string, width int) string {
	if len(words) == 1 {
		return words[0]
	}
	letters := 0
	for _, w := range words {
		letters += len(w)
	}
	gaps := len(words) - 1
	spaces := width - letters
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

func center(s string, width int) string {
	pad := width - len(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

func main() {
	for _, width := range []int{40, 28} {
		fmt.Printf("width %d\n+%s+\n", width, strings.Repeat("-", width))
		lines := wrap(para, width)
		for i, l := range lines {
			var s string
			if i == len(lines)-1 {
				s = strings.Join(l, " ")
			} else {
				s = justify(l, width)
			}
			fmt.Printf("|%-*s|\n", width, s)
		}
		fmt.Printf("+%s+\n", strings.Repeat("-", width))
	}
	for _, l := range wrap("centered text looks nice in a box", 16) {
		fmt.Printf("[%s]\n", center(strings.Join(l, " "), 16))
	}
}
