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

type Column struct {
	Title string
	Align Align
}

type Table struct {
	Cols []Column
	Rows [][]string
}

func (t *Table) Add(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		switch v := c.(type) {
		case string:
			row[i] = v
		case float64:
			row[i] = fmt.Sprintf("%.2f", v)
		case fmt.Stringer:
			row[i] = v.String()
		default:
			row[i] = fmt.Sprint(v)
		}
	}
	t.Rows = append(t.Rows, row)
}

func pad(s string, w int, a Align) string {
	n := w - utf8.RuneCountInString(s)
	switch a {
	case Right:
		return strings.Repeat(" ", n) + s
	case Center:
		l := n / 2
		return strings.Repeat(" ", l) + s + strings.Repeat(" ", n-l)
	}
	return s + strings.Repeat(" ", n)
}

func (t Table) String() string {
	w := make([]int, len(t.Cols))
	for i, c := range t.Cols {
		w[i] = max(3, utf8.RuneCountInString(c.Title))
	}
	for _, r := range t.Rows {
		for i, c := range r {
			w[i] = max(w[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	line := func(cells []string, f func(int, string) string) {
		b.WriteString("|")
		for i, c := range cells {
			b.WriteString(" " + f(i, c) + " |")
		}
		b.WriteString("\n")
	}
	titles := make([]string, len(t.Cols))
	seps := make([]string, len(t.Cols))
	for i, c := range t.Cols {
		titles[i] = c.Title
		d := strings.Repeat("-", w[i])
		switch c.Align {
		case Right:
			d = d[:w[i]-1] + ":"
		case Center:
			d = ":" + d[1:w[i]-1] + ":"
		}
		seps[i] = d
	}
	line(titles, func(i int, s string) string { return pad(s, w[i], t.Cols[i].Align) })
	line(seps, func(_ int, s string) string { return s })
	for _, r := range t.Rows {
		line(r, func(i int, s string) string { return pad(s, w[i], t.Cols[i].Align) })
	}
	return b.String()
}

type Status bool

func (s Status) String() string {
	if s {
		return "✓"
	}
	return "✗"
}

func main() {
	t := &Table{Cols: []Column{{"Item", Left}, {"Qty", Right}, {"Price", Right}, {"OK", Center}}}
	t.Add("Kaffee", 2, 3.5, Status(true))
	t.Add("Brötchen", 12, 0.45, Status(false))
	t.Add("Orangensaft (1l)", 1, 2.99, Status(true))
	t.Add(strings.ToUpper("sum"), 15, 3.5*2+0.45*12+2.99, nil)
	fmt.Print(t)
	fmt.Printf("%d rows, %q\n", len(t.Rows), t.Rows[3])
}
