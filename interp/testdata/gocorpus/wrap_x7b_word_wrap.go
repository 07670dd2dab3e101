// Exercises: a word-wrap and justify tool with strings.Fields, utf8.RuneCountInString widths, strings.Builder, padding with strings.Repeat, fmt width from an argument (%*s, %-*s).
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if n > 0 && n+1+wl > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += wl
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	gaps := len(words) - 1
	spaces := width - utf8.RuneCountInString(strings.Join(words, ""))
	var b strings.Builder
	for i, w := range words[:gaps] {
		b.WriteString(w)
		k := spaces / gaps
		if i < spaces%gaps {
			k++
		}
		b.WriteString(strings.Repeat(" ", k))
	}
	b.WriteString(words[gaps])
	return b.String()
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems. Café naïve résumé."
	lines := wrap(text, 28)
	for i, l := range lines {
		if i < len(lines)-1 {
			l = justify(l, 28)
		}
		fmt.Printf("|%-*s|\n", 28, l)
	}
	fmt.Printf("[%*s] [%-*d]\n", 6, "ab", 4, 7)
}
