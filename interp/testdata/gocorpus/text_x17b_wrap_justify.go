package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if curLen > 0 && curLen+1+wl > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, curLen = nil, 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += wl
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
	total := 0
	for _, w := range words {
		total += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-n-left)
}

const para = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Clear is better than clever. Don’t panic. Errors are values.`

func main() {
	lines := wrap(para, 28)
	border := "+" + strings.Repeat("-", 30) + "+"
	fmt.Println(border)
	fmt.Printf("| %s |\n", center("PROVERBS", 28))
	for i, l := range lines {
		if i < len(lines)-1 {
			l = justify(l, 28)
		}
		fmt.Printf("| %-28s |\n", l)
	}
	fmt.Println(border)
	fmt.Println(len(lines), utf8.RuneCountInString(para), len(para))
	fmt.Printf("%q\n", wrap("a bb ccc dddd", 4))
	fmt.Printf("[%8.3s][%-6s][%6s]\n", "abcdef", "é", "日本")
}
