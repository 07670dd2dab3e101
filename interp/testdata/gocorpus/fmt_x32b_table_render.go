package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

type Row struct {
	Name  string
	Lang  string
	Stars int
	Ratio float64
}

func renderASCII(headers []string, rows [][]string) string {
	widths := make([]int, len(headers))
	for i, h := range headers {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var sb strings.Builder
	sep := func() {
		sb.WriteByte('+')
		for _, w := range widths {
			sb.WriteString(strings.Repeat("-", w+2))
			sb.WriteByte('+')
		}
		sb.WriteByte('\n')
	}
	line := func(cells []string) {
		sb.WriteByte('|')
		for i, c := range cells {
			pad := widths[i] - utf8.RuneCountInString(c)
			fmt.Fprintf(&sb, " %s%s |", c, strings.Repeat(" ", pad))
		}
		sb.WriteByte('\n')
	}
	sep()
	line(headers)
	sep()
	for _, r := range rows {
		line(r)
	}
	sep()
	return sb.String()
}

func main() {
	data := []Row{
		{"gin", "Go", 75000, 0.93},
		{"flask", "Python", 66000, 0.871},
		{"actix", "Rust", 20000, 0.9},
		{"café-lib", "Go", 12, 0.5},
	}
	var rows [][]string
	for _, d := range data {
		rows = append(rows, []string{d.Name, d.Lang, fmt.Sprintf("%d", d.Stars), fmt.Sprintf("%.1f%%", d.Ratio*100)})
	}
	fmt.Print(renderASCII([]string{"Name", "Language", "Stars", "Ratio"}, rows))

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tLANG\tSTARS\t")
	for _, d := range data {
		fmt.Fprintf(w, "%s\t%s\t%d\t\n", d.Name, d.Lang, d.Stars)
	}
	w.Flush()

	w2 := tabwriter.NewWriter(os.Stdout, 8, 4, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w2, "a\tbbb\tc\t")
	fmt.Fprintln(w2, "aaaa\tb\tccccc\t")
	w2.Flush()

	for _, d := range data {
		bar := strings.Repeat("█", d.Stars/10000)
		fmt.Printf("%-9s|%-8s|%6.2fk\n", d.Name, bar, float64(d.Stars)/1000)
	}
	fmt.Printf("[%5.1f] [%-7.3f] [%+.2e] [%x]\n", 3.14159, 2.0, -12345.678, 1234)
	fmt.Printf("[%8q] [%-8q] [%08.3f] [% d] [%3c]\n", "hi", "yo", -3.5, 7, 'z')
	fmt.Printf("%s\n", strings.Join([]string{fmt.Sprint(1.0), fmt.Sprint(2.5e10), fmt.Sprint(1e-7), fmt.Sprint(float32(0.1))}, " "))
	fmt.Printf("%v %v %v\n", 100000000.0, 123456789.0, 1e6)
	fmt.Printf("%.3v %10.4v|\n", 3.14159, "abcdefgh")
	fmt.Printf("%t %v %08.2f %+v\n", 1 > 0, 'a', 3.14159, -0.0)
}
