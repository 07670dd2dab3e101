package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

type row struct {
	item  string
	qty   int
	price float64
}

func pad(s string, w int, right bool) string {
	n := utf8.RuneCountInString(s)
	if n >= w {
		return s
	}
	if right {
		return strings.Repeat(" ", w-n) + s
	}
	return s + strings.Repeat(" ", w-n)
}

func table(rows []row) string {
	var b strings.Builder
	headers := []string{"Item", "Qty", "Price", "Subtotal"}
	cells := [][]string{headers}
	var total float64
	for _, r := range rows {
		sub := float64(r.qty) * r.price
		total += sub
		cells = append(cells, []string{
			r.item,
			strconv.Itoa(r.qty),
			strconv.FormatFloat(r.price, 'f', 2, 64),
			strconv.FormatFloat(sub, 'f', 2, 64),
		})
	}
	widths := make([]int, len(headers))
	for _, c := range cells {
		for i, s := range c {
			widths[i] = max(widths[i], utf8.RuneCountInString(s))
		}
	}
	line := func() {
		b.WriteByte('+')
		for _, w := range widths {
			b.WriteString(strings.Repeat("-", w+2))
			b.WriteByte('+')
		}
		b.WriteByte('\n')
	}
	line()
	for i, c := range cells {
		b.WriteByte('|')
		for j, s := range c {
			b.WriteByte(' ')
			b.WriteString(pad(s, widths[j], j > 0))
			b.WriteString(" |")
		}
		b.WriteByte('\n')
		if i == 0 {
			line()
		}
	}
	line()
	fmt.Fprintf(&b, "Total: %.2f (%d rows)\n", total, len(rows))
	return b.String()
}

func camelToSnake(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 4)
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteRune('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func main() {
	rows := []row{
		{"Café au lait", 2, 3.5},
		{"Croissant", 3, 2.25},
		{"Jus d'orange", 1, 4},
	}
	fmt.Print(table(rows))

	for _, s := range []string{"HTTPServer", "userID", "parseJSONBody", "x"} {
		fmt.Printf("%-14s -> %s\n", s, camelToSnake(s))
	}

	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	fields := strings.FieldsFunc("one,two;;three four", func(r rune) bool {
		return r == ',' || r == ';' || r == ' '
	})
	fmt.Printf("%q\n", fields)
	fmt.Println(strings.TrimSpace("  x  ") == "x", strings.ToUpper("ß"), strings.EqualFold("Go", "GO"))
}
