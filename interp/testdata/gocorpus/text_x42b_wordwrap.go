package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	Left Align = iota
	Right
	Center
	Justify
)

func wrapWords(words []string, width int) [][]string {
	var lines [][]string
	var cur []string
	curLen := 0
	for _, w := range words {
		wl := utf8.RuneCountInString(w)
		if len(cur) > 0 && curLen+1+wl > width {
			lines = append(lines, cur)
			cur, curLen = nil, 0
		}
		if len(cur) > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += wl
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func render(line []string, width int, a Align, last bool) string {
	text := strings.Join(line, " ")
	pad := width - utf8.RuneCountInString(text)
	if pad <= 0 {
		return text
	}
	switch a {
	case Right:
		return strings.Repeat(" ", pad) + text
	case Center:
		return strings.Repeat(" ", pad/2) + text + strings.Repeat(" ", pad-pad/2)
	case Justify:
		if last || len(line) == 1 {
			return text + strings.Repeat(" ", pad)
		}
		gaps := len(line) - 1
		var sb strings.Builder
		for i, w := range line {
			sb.WriteString(w)
			if i < gaps {
				n := 1 + pad/gaps
				if i < pad%gaps {
					n++
				}
				sb.WriteString(strings.Repeat(" ", n))
			}
		}
		return sb.String()
	}
	return text + strings.Repeat(" ", pad)
}

func Wrap(text string, width int, a Align) []string {
	var out []string
	for _, para := range strings.Split(text, "\n\n") {
		lines := wrapWords(strings.Fields(para), width)
		for i, l := range lines {
			out = append(out, render(l, width, a, i == len(lines)-1))
		}
		out = append(out, strings.Repeat(" ", width))
	}
	return out[:len(out)-1]
}

func box(lines []string) string {
	w := 0
	for _, l := range lines {
		w = max(w, utf8.RuneCountInString(l))
	}
	var sb strings.Builder
	sb.WriteString("┌" + strings.Repeat("─", w+2) + "┐\n")
	for _, l := range lines {
		fmt.Fprintf(&sb, "│ %s%s │\n", l, strings.Repeat(" ", w-utf8.RuneCountInString(l)))
	}
	sb.WriteString("└" + strings.Repeat("─", w+2) + "┘")
	return sb.String()
}

const text = `Go is an open source programming language that makes it simple to build secure, scalable systems. Ünïcödé wörds are counted by runes.

Supercalifragilisticexpialidocious words longer than the width stay whole.`

func main() {
	for _, a := range []Align{Left, Right, Center, Justify} {
		fmt.Println(box(Wrap(text, 28, a)))
	}
	fmt.Printf("%q\n", Wrap("a b c", 3, Justify))
	fmt.Printf("%q\n", Wrap("", 5, Left))
}
