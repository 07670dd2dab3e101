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
)

func pad(s string, w int, a Align) string {
	n := w - utf8.RuneCountInString(s)
	if n <= 0 {
		return s
	}
	switch a {
	case Right:
		return strings.Repeat(" ", n) + s
	case Center:
		return strings.Repeat(" ", n/2) + s + strings.Repeat(" ", n-n/2)
	}
	return s + strings.Repeat(" ", n)
}

func border(widths []int, l, m, r string) string {
	parts := make([]string, len(widths))
	for i, w := range widths {
		parts[i] = strings.Repeat("─", w+2)
	}
	return l + strings.Join(parts, m) + r
}

func Box(header []string, rows [][]string, aligns []Align) string {
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	line := func(cells []string, center bool) {
		b.WriteString("│")
		for i, c := range cells {
			a := aligns[i]
			if center {
				a = Center
			}
			b.WriteString(" " + pad(c, widths[i], a) + " │")
		}
		b.WriteString("\n")
	}
	b.WriteString(border(widths, "┌", "┬", "┐") + "\n")
	line(header, true)
	b.WriteString(border(widths, "├", "┼", "┤") + "\n")
	for _, r := range rows {
		line(r, false)
	}
	b.WriteString(border(widths, "└", "┴", "┘") + "\n")
	return b.String()
}

func main() {
	header := []string{"Stadt", "Land", "Einwohner", "Fläche km²"}
	rows := [][]string{
		{"München", "Deutschland", "1.512.491", "310,7"},
		{"Zürich", "Schweiz", "421.878", "87,88"},
		{"Wien", "Österreich", "1.931.593", "414,8"},
		{"Łódź", "Polska", "664.071", "293,25"},
	}
	fmt.Print(Box(header, rows, []Align{Left, Left, Right, Right}))
	fmt.Print(Box([]string{"#", "名前"}, [][]string{{"1", "東京"}, {"22", "大阪市"}}, []Align{Right, Center}))
	fmt.Printf("%q %q %q\n", pad("ab", 6, Left), pad("ab", 6, Right), pad("ab", 5, Center))
	fmt.Println(len("─"), utf8.RuneLen('─'), Center)
}
