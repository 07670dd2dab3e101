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

func box(lines []string, width int) string {
	var sb strings.Builder
	sb.WriteString("┌" + strings.Repeat("─", width+2) + "┐\n")
	for _, l := range lines {
		pad := width - utf8.RuneCountInString(l)
		sb.WriteString("│ " + l + strings.Repeat(" ", pad) + " │\n")
	}
	sb.WriteString("└" + strings.Repeat("─", width+2) + "┘\n")
	return sb.String()
}

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	text := `Go is an open source programming language that makes it simple to build secure,
scalable systems. Café naïve résumé — unicode should count as single characters.`
	const W = 28
	lines := wrap(text, W)
	for i, l := range lines {
		if i < len(lines)-1 {
			l = justify(l, W)
		}
		fmt.Printf("|%s|%*s\n", l, W-utf8.RuneCountInString(l), "")
	}
	fmt.Print(box(wrap("Hello, 世界! A boxed paragraph of text.", 16), 16))
	fmt.Printf("[%s]\n", center("title", 11))
	fmt.Printf("[%s]\n", center("日本語", 10))
	s := "héllo, wörld"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverseRunes(s))
	for i, r := range "aé世" {
		fmt.Printf("%d:%c(%d bytes) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	b := []byte("€uro")
	r, size := utf8.DecodeRune(b)
	fmt.Printf("%c %d %v %q\n", r, size, utf8.Valid(b[1:]), string(b[1:]))
	fmt.Println(strings.Map(func(r rune) rune {
		if r > 127 {
			return '?'
		}
		return r
	}, s))
}
