package main

import (
	"fmt"
	"strconv"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// mustCents parses "1,234.56" or "(12.00)" (accounting negative) to cents; panics on bad input.
func mustCents(s string, line int) int64 {
	s = strings.TrimSpace(s)
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg = true
		s = s[1 : len(s)-1]
	}
	s = strings.ReplaceAll(s, ",", "")
	whole, frac, found := strings.Cut(s, ".")
	if !found {
		frac = "00"
	}
	if len(frac) != 2 {
		panic(ParseError{line, fmt.Sprintf("bad fraction %q", frac)})
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		panic(ParseError{line, err.Error()})
	}
	f, err := strconv.Atoi(frac)
	if err != nil {
		panic(ParseError{line, err.Error()})
	}
	v := w*100 + int64(f)
	if neg {
		v = -v
	}
	return v
}

func parseColumn(lines []string) (total int64, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(ParseError)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	for i, l := range lines {
		total += mustCents(l, i+1)
	}
	return total, nil
}

func main() {
	inputs := [][]string{
		{"1,234.56", "(200.00)", "15", "0.44"},
		{"10.00", "12.5", "3.00"},
		{"9,999,999.99", "(9,999,999.99)"},
		{"abc.00"},
		{},
	}
	for _, in := range inputs {
		t, err := parseColumn(in)
		if err != nil {
			fmt.Printf("%-40q error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-40q total: %d\n", in, t)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int64
		m["x"] = 1
	}()
}
