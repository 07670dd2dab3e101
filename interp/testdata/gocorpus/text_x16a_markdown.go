package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Table struct {
	Headers []string
	Rows    [][]string
	Align   []rune
}

func (t *Table) AddRow(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		switch v := c.(type) {
		case float64:
			row[i] = fmt.Sprintf("%.2f", v)
		case bool:
			if v {
				row[i] = "yes"
			} else {
				row[i] = "no"
			}
		case nil:
			row[i] = "-"
		default:
			row[i] = fmt.Sprint(v)
		}
	}
	t.Rows = append(t.Rows, row)
}

func pad(s string, w int, align rune) string {
	n := w - utf8.RuneCountInString(s)
	if n <= 0 {
		return s
	}
	switch align {
	case 'r':
		return strings.Repeat(" ", n) + s
	case 'c':
		l := n / 2
		return strings.Repeat(" ", l) + s + strings.Repeat(" ", n-l)
	}
	return s + strings.Repeat(" ", n)
}

func (t *Table) Render() string {
	widths := make([]int, len(t.Headers))
	for i, h := range t.Headers {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, r := range t.Rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for i, c := range cells {
			b.WriteString(" " + pad(c, widths[i], t.Align[i]) + " |")
		}
		b.WriteString("\n")
	}
	line(t.Headers)
	seps := make([]string, len(widths))
	for i, w := range widths {
		s := strings.Repeat("-", w)
		switch t.Align[i] {
		case 'r':
			s = s[:w-1] + ":"
		case 'c':
			s = ":" + s[1:w-1] + ":"
		}
		seps[i] = s
	}
	line(seps)
	for _, r := range t.Rows {
		line(r)
	}
	return b.String()
}

func main() {
	t := &Table{Headers: []string{"City", "Pop (M)", "Capital", "Note"}, Align: []rune{'l', 'r', 'c', 'l'}}
	t.AddRow("Tokyo", 37.4, true, nil)
	t.AddRow("São Paulo", 22.04, false, "Brazil")
	t.AddRow("Zürich", 0.4, false, 42)
	fmt.Print(t.Render())
	fmt.Println(utf8.RuneCountInString("São"), len("São"), strings.ToUpper("straße"))
}
