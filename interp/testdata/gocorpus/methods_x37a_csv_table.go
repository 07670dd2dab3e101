package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Table struct {
	Header []string
	Rows   [][]string
	index  map[string]int
}

func ParseTable(s string, sep rune) *Table {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	t := &Table{index: map[string]int{}}
	split := func(l string) []string {
		return strings.FieldsFunc(l, func(r rune) bool { return r == sep })
	}
	t.Header = split(lines[0])
	for i, h := range t.Header {
		t.index[h] = i
	}
	for _, l := range lines[1:] {
		t.Rows = append(t.Rows, split(l))
	}
	return t
}

func (t *Table) Col(name string) int {
	i, ok := t.index[name]
	if !ok {
		panic(fmt.Sprintf("no column %q", name))
	}
	return i
}

func (t *Table) Where(col string, pred func(string) bool) *Table {
	c := t.Col(col)
	out := &Table{Header: t.Header, index: t.index}
	for _, r := range t.Rows {
		if pred(r[c]) {
			out.Rows = append(out.Rows, r)
		}
	}
	return out
}

func (t *Table) SortBy(cols ...string) *Table {
	idx := make([]int, len(cols))
	desc := make([]bool, len(cols))
	for i, c := range cols {
		if strings.HasPrefix(c, "-") {
			desc[i] = true
			c = c[1:]
		}
		idx[i] = t.Col(c)
	}
	less := func(a, b string) int {
		fa, ea := strconv.ParseFloat(a, 64)
		fb, eb := strconv.ParseFloat(b, 64)
		if ea == nil && eb == nil {
			switch {
			case fa < fb:
				return -1
			case fa > fb:
				return 1
			}
			return 0
		}
		return strings.Compare(a, b)
	}
	sort.SliceStable(t.Rows, func(i, j int) bool {
		for k, c := range idx {
			r := less(t.Rows[i][c], t.Rows[j][c])
			if desc[k] {
				r = -r
			}
			if r != 0 {
				return r < 0
			}
		}
		return false
	})
	return t
}

func (t *Table) String() string {
	widths := make([]int, len(t.Header))
	for i, h := range t.Header {
		widths[i] = len(h)
	}
	for _, r := range t.Rows {
		for i, v := range r {
			widths[i] = max(widths[i], len(v))
		}
	}
	var b strings.Builder
	row := func(cells []string) {
		for i, c := range cells {
			fmt.Fprintf(&b, "| %-*s ", widths[i], c)
		}
		b.WriteString("|\n")
	}
	row(t.Header)
	for i := range widths {
		b.WriteString("|" + strings.Repeat("-", widths[i]+2))
	}
	b.WriteString("|\n")
	for _, r := range t.Rows {
		row(r)
	}
	return b.String()
}

const data = `
city;country;pop_m;area
Tokyo;JP;37.4;2194
Delhi;IN;31.0;1484
Osaka;JP;19.1;225
Mumbai;IN;20.4;603
Paris;FR;11.0;105
Lyon;FR;1.7;48
`

func main() {
	t := ParseTable(data, ';')
	fmt.Print(t.SortBy("country", "-pop_m"))
	big := t.Where("pop_m", func(s string) bool { v, _ := strconv.ParseFloat(s, 64); return v > 15 })
	fmt.Print(big.SortBy("area"))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	t.SortBy("density")
}
