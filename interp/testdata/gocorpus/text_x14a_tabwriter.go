package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

type Entry struct {
	Date, Desc string
	Cents      int
}

func money(c int) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	whole := fmt.Sprint(c / 100)
	var groups []string
	for len(whole) > 3 {
		groups = append([]string{whole[len(whole)-3:]}, groups...)
		whole = whole[:len(whole)-3]
	}
	groups = append([]string{whole}, groups...)
	return fmt.Sprintf("%s$%s.%02d", sign, strings.Join(groups, ","), c%100)
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-3]) + "..."
}

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func main() {
	entries := []Entry{
		{"2015-01-01", "Buy present", -1000},
		{"2015-01-02", "Get present from a very generous relative", 123456789},
		{"2015-01-03", "Café", 5},
		{"2015-01-04", "Refund", -99},
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "Date\tDescription\tChange\t")
	total := 0
	for _, e := range entries {
		total += e.Cents
		fmt.Fprintf(tw, "%s\t%s\t%s\t\n", e.Date, truncate(e.Desc, 25), money(e.Cents))
	}
	fmt.Fprintf(tw, "\tTotal\t%s\t\n", money(total))
	tw.Flush()
	tw2 := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	fmt.Fprintln(tw2, "a\tbb\tccc")
	fmt.Fprintln(tw2, "dddd\te\tf")
	tw2.Flush()
	for i, l := range wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 16) {
		fmt.Printf("%2d|%-16s|\n", i, l)
	}
}
