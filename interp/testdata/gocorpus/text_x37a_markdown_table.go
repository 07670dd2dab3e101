package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"
)

const csvLike = `Language|Year|Creator|Typing
Go|2009|Griffiths, Pike, Thompson|static
Python|1991|van Rossum|dynamic
Erlang|1986|Armstrong, Virding, Williams|dynamic
Rust|2015|Hoare|static
Élan|1974|Ünïcödé|static`

type align int

const (
	left align = iota
	right
	center
)

func pad(s string, w int, a align) string {
	n := utf8.RuneCountInString(s)
	if n >= w {
		return s
	}
	gap := w - n
	switch a {
	case right:
		return strings.Repeat(" ", gap) + s
	case center:
		l := gap / 2
		return strings.Repeat(" ", l) + s + strings.Repeat(" ", gap-l)
	}
	return s + strings.Repeat(" ", gap)
}

func render(rows [][]string, aligns []align) string {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c), 3)
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for i, c := range cells {
			b.WriteString(" " + pad(c, widths[i], aligns[i]) + " |")
		}
		b.WriteByte('\n')
	}
	line(rows[0])
	b.WriteString("|")
	for i, w := range widths {
		dash := strings.Repeat("-", w)
		switch aligns[i] {
		case right:
			dash = dash[:w-1] + ":"
		case center:
			dash = ":" + dash[1:w-1] + ":"
		}
		b.WriteString(" " + dash + " |")
	}
	b.WriteByte('\n')
	for _, r := range rows[1:] {
		line(r)
	}
	return b.String()
}

func main() {
	var rows [][]string
	sc := bufio.NewScanner(strings.NewReader(csvLike))
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "|"))
	}
	fmt.Print(render(rows, []align{left, right, left, center}))
	fmt.Println()

	counts := map[string]int{}
	for _, r := range rows[1:] {
		counts[r[3]]++
	}
	summary := [][]string{{"Typing", "Count", "Share"}}
	for _, k := range []string{"static", "dynamic"} {
		summary = append(summary, []string{k, fmt.Sprint(counts[k]), fmt.Sprintf("%.0f%%", 100*float64(counts[k])/float64(len(rows)-1))})
	}
	fmt.Print(render(summary, []align{left, right, right}))

	words := bufio.NewScanner(strings.NewReader(rows[5][2] + " " + rows[3][2]))
	words.Split(bufio.ScanRunes)
	nonASCII := 0
	for words.Scan() {
		if r, _ := utf8.DecodeRuneInString(words.Text()); r > 127 {
			nonASCII++
		}
	}
	fmt.Println("non-ASCII runes:", nonASCII, "bytes vs runes:", len(rows[5][0]), utf8.RuneCountInString(rows[5][0]))
}
