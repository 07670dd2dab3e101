package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

type Row struct {
	Country   string
	Capital   string
	Pop       float64 // millions
	Area      int     // km^2
	Languages []string
}

func (r Row) Density() float64 { return r.Pop * 1e6 / float64(r.Area) }

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

func main() {
	rows := []Row{
		{"France", "Paris", 68.2, 551695, []string{"French"}},
		{"Switzerland", "Bern", 8.8, 41285, []string{"German", "French", "Italian", "Romansh"}},
		{"Japan", "Tōkyō", 124.5, 377975, []string{"Japanese"}},
		{"Iceland", "Reykjavík", 0.39, 103000, []string{"Icelandic"}},
	}
	headers := []string{"Country", "Capital", "Pop(M)", "Density", "Langs"}
	widths := make([]int, len(headers))
	cells := [][]string{headers}
	for _, r := range rows {
		cells = append(cells, []string{
			r.Country, r.Capital, fmt.Sprintf("%.2f", r.Pop), fmt.Sprintf("%.1f", r.Density()),
			strings.Join(r.Languages, "/"),
		})
	}
	for _, row := range cells {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	sep := "+"
	for _, w := range widths {
		sep += strings.Repeat("-", w+2) + "+"
	}
	fmt.Println(sep)
	for i, row := range cells {
		line := "|"
		for j, c := range row {
			line += " " + pad(c, widths[j], j == 2 || j == 3) + " |"
		}
		fmt.Println(line)
		if i == 0 {
			fmt.Println(sep)
		}
	}
	fmt.Println(sep)

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "country\tpop\tarea\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%g\t%d\t\n", r.Country, r.Pop, r.Area)
	}
	tw.Flush()
	fmt.Printf("%8.3e|%-10s|%+d|%x|%X|%o|%b|%U|%c\n", 12345.678, "left", 42, 255, "hi", 8, 5, 'ö', 0x263A)
	fmt.Printf("%q %v %#v %t %5.1f%%\n", []string{"a b", "c"}, [2]bool{true}, rows[3].Languages, false, 99.44)
}
