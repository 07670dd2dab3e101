package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func Wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	curLen := 0
	for _, word := range strings.Fields(text) {
		wl := utf8.RuneCountInString(word)
		if curLen > 0 && curLen+1+wl > width {
			lines = append(lines, cur.String())
			cur.Reset()
			curLen = 0
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(word)
		curLen += wl
	}
	if curLen > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func Justify(line string, width int) string {
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

func Center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-n-left)
}

const para = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Ünïcödé wörds count by runes, not bytes — naturally.`

func main() {
	for _, w := range []int{28, 40} {
		lines := Wrap(para, w)
		border := "+" + strings.Repeat("-", w) + "+"
		fmt.Println(border)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = Justify(l, w)
			} else {
				l += strings.Repeat(" ", w-utf8.RuneCountInString(l))
			}
			fmt.Printf("|%s|\n", l)
		}
		fmt.Println(border)
	}
	fmt.Printf("[%s]\n", Center("title", 11))
	fmt.Printf("[%s]\n", Center("ß€", 7))
	fmt.Printf("%q\n", Wrap("  supercalifragilistic short  ", 5))
	r := strings.NewReplacer("a", "4", "e", "3", "o", "0")
	fmt.Println(r.Replace("leet speak for everyone"))
	fmt.Println(strings.Title("x") == "X", strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
}
