package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Column[T any] struct {
	Header string
	Get    func(T) string
	Right  bool
}

type Table[T any] struct {
	Cols []Column[T]
	Rows []T
}

func (t *Table[T]) Add(rows ...T) { t.Rows = append(t.Rows, rows...) }

func (t Table[T]) Render() string {
	widths := make([]int, len(t.Cols))
	cells := make([][]string, len(t.Rows))
	for i, c := range t.Cols {
		widths[i] = len(c.Header)
	}
	for r, row := range t.Rows {
		cells[r] = make([]string, len(t.Cols))
		for i, c := range t.Cols {
			s := c.Get(row)
			cells[r][i] = s
			widths[i] = max(widths[i], len(s))
		}
	}
	var b strings.Builder
	line := func(vals []string) {
		for i, v := range vals {
			if i > 0 {
				b.WriteString(" | ")
			}
			if t.Cols[i].Right {
				fmt.Fprintf(&b, "%*s", widths[i], v)
			} else {
				fmt.Fprintf(&b, "%-*s", widths[i], v)
			}
		}
		b.WriteString("\n")
	}
	hdr := make([]string, len(t.Cols))
	for i, c := range t.Cols {
		hdr[i] = c.Header
	}
	line(hdr)
	seps := make([]string, len(widths))
	for i, w := range widths {
		seps[i] = strings.Repeat("=", w)
	}
	line(seps)
	for _, r := range cells {
		line(r)
	}
	return b.String()
}

func SortBy[T any, K cmp.Ordered](rows []T, key func(T) K) {
	slices.SortStableFunc(rows, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}

type City struct {
	Name    string
	Country string
	Pop     int
}

func main() {
	t := Table[City]{Cols: []Column[City]{
		{Header: "City", Get: func(c City) string { return c.Name }},
		{Header: "Country", Get: func(c City) string { return c.Country }},
		{Header: "Population", Get: func(c City) string { return fmt.Sprintf("%d", c.Pop) }, Right: true},
	}}
	t.Add(City{"Tokyo", "Japan", 37400000}, City{"Lagos", "Nigeria", 14800000})
	t.Add(City{"Reykjavík", "Iceland", 131000}, City{"Lima", "Peru", 10700000})
	fmt.Print(t.Render())
	SortBy(t.Rows, func(c City) int { return c.Pop })
	fmt.Print(t.Render())
	SortBy(t.Rows, func(c City) string { return c.Country })
	fmt.Println(t.Rows)
	nums := Table[int]{Cols: []Column[int]{{Header: "n", Get: func(i int) string { return fmt.Sprint(i) }, Right: true}, {Header: "sq", Get: func(i int) string { return fmt.Sprint(i * i) }, Right: true}}}
	for i := 1; i <= 12; i += 5 {
		nums.Add(i)
	}
	fmt.Print(nums.Render())
	fmt.Printf("%T\n", t.Cols[0])
}
