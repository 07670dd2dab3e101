package main

import (
	"fmt"
	"reflect"
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
	Header string
	Align  Align
}

func pad(s string, w int, a Align) string {
	n := w - utf8.RuneCountInString(s)
	if n <= 0 {
		return s
	}
	switch a {
	case Right:
		return strings.Repeat(" ", n) + s
	case Center:
		l := n / 2
		return strings.Repeat(" ", l) + s + strings.Repeat(" ", n-l)
	}
	return s + strings.Repeat(" ", n)
}

func Table[T any](rows []T) string {
	t := reflect.TypeOf(rows).Elem()
	var cols []Column
	var idx []int
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() || f.Tag.Get("md") == "-" {
			continue
		}
		name := f.Tag.Get("md")
		if name == "" {
			name = f.Name
		}
		a := Left
		switch f.Type.Kind() {
		case reflect.Int, reflect.Float64:
			a = Right
		case reflect.Bool:
			a = Center
		}
		cols = append(cols, Column{name, a})
		idx = append(idx, i)
	}
	cells := make([][]string, len(rows))
	widths := make([]int, len(cols))
	for c, col := range cols {
		widths[c] = max(3, utf8.RuneCountInString(col.Header))
	}
	for r, row := range rows {
		v := reflect.ValueOf(row)
		for c, i := range idx {
			s := fmt.Sprint(v.Field(i).Interface())
			if v.Field(i).Kind() == reflect.Float64 {
				s = fmt.Sprintf("%.2f", v.Field(i).Float())
			}
			cells[r] = append(cells[r], s)
			widths[c] = max(widths[c], utf8.RuneCountInString(s))
		}
	}
	var sb strings.Builder
	line := func(vals []string, aligns func(int) Align) {
		sb.WriteString("|")
		for c, s := range vals {
			sb.WriteString(" " + pad(s, widths[c], aligns(c)) + " |")
		}
		sb.WriteString("\n")
	}
	hdr := make([]string, len(cols))
	sep := make([]string, len(cols))
	for c, col := range cols {
		hdr[c] = col.Header
		d := strings.Repeat("-", widths[c])
		switch col.Align {
		case Right:
			d = d[:len(d)-1] + ":"
		case Center:
			d = ":" + d[2:] + ":"
		}
		sep[c] = d
	}
	line(hdr, func(int) Align { return Left })
	line(sep, func(int) Align { return Left })
	for _, r := range cells {
		line(r, func(c int) Align { return cols[c].Align })
	}
	return sb.String()
}

type Employee struct {
	Name    string
	Dept    string `md:"Department"`
	Age     int
	Salary  float64
	Remote  bool
	secret  string
	Comment string `md:"-"`
}

func main() {
	fmt.Print(Table([]Employee{
		{"Zoë", "R&D", 31, 8123.456, true, "x", "c"},
		{"Bartholomew", "Ops", 5, 99, false, "y", ""},
		{"Li", "Sales — EMEA", 44, 120000, true, "", ""},
	}))
	type kv struct {
		K string
		V int
	}
	fmt.Print(Table([]kv{{"a", 1}}))
	fmt.Print(Table([]kv{}))
}
