// Exercises: greedy word wrap at several widths, text justification with padding, strings.Builder
package main

import (
	"fmt"
	"strings"
)

const para = "In olden times when wishing still helped one, there lived a king whose daughters were all beautiful, but the youngest was so beautiful that the sun itself was astonished whenever it shone in her face."

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		if n > 0 && n+1+len(w) > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += len(w)
	}
	return append(lines, strings.Join(cur, " "))
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	gaps := len(words) - 1
	spaces := width - len(strings.Join(words, ""))
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			k := spaces / gaps
			if i < spaces%gaps {
				k++
			}
			b.WriteString(strings.Repeat(" ", k))
		}
	}
	return b.String()
}

func main() {
	for _, w := range []int{72, 40} {
		lines := wrap(para, w)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, w)
			}
			fmt.Printf("|%-*s|\n", w, l)
		}
	}
}
