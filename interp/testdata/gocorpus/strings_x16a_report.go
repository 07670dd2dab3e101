package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Row struct {
	Product string
	Units   int
	Price   float64
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		for j := 1; j < len(r); j++ {
			r[j] = unicode.ToLower(r[j])
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func parseCSV(data string) ([]Row, []error) {
	var rows []Row
	var errs []error
	for lineNo, line := range strings.Split(strings.TrimSpace(data), "\n") {
		parts := strings.Split(line, ";")
		if len(parts) != 3 {
			errs = append(errs, fmt.Errorf("line %d: want 3 fields, got %d", lineNo+1, len(parts)))
			continue
		}
		u, err := strconv.Atoi(strings.TrimSpace(parts[1]))
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", lineNo+1, err))
			continue
		}
		p, err := strconv.ParseFloat(strings.TrimSpace(parts[2]), 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", lineNo+1, err))
			continue
		}
		rows = append(rows, Row{titleCase(parts[0]), u, p})
	}
	return rows, errs
}

func main() {
	data := `
green tea; 4; 2.50
COFFEE beans;2;11.99
broken line
oat MILK; x; 1.2
dark chocolate; 10; 0.99
honey;1;abc
`
	rows, errs := parseCSV(data)
	var b strings.Builder
	b.WriteString(strings.Repeat("=", 40) + "\n")
	fmt.Fprintf(&b, "%-20s|%6s|%10s\n", "Product", "Units", "Total")
	b.WriteString(strings.Repeat("-", 40) + "\n")
	grand := 0.0
	for _, r := range rows {
		t := float64(r.Units) * r.Price
		grand += t
		fmt.Fprintf(&b, "%-20s|%6d|%10.2f\n", r.Product, r.Units, t)
	}
	fmt.Fprintf(&b, "%-20s|%6s|%10.2f\n", "TOTAL", "", grand)
	fmt.Print(b.String())
	for _, e := range errs {
		fmt.Println("!", e)
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return r
	}, "call 555-1234 now"))
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
	fmt.Printf("%q %x %08.3f %+d %U\n", "hi\n", "hi", 3.14159, 7, 'G')
}
