package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type ParseError struct {
	Row, Col int
	Token    string
	Err      error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("row %d col %d: %q: %v", e.Row, e.Col, e.Token, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

func Parse(src string) ([][]float64, error) {
	src = strings.TrimSpace(src)
	if !strings.HasPrefix(src, "[") || !strings.HasSuffix(src, "]") {
		return nil, errors.New("missing brackets")
	}
	body := src[1 : len(src)-1]
	var m [][]float64
	for i, line := range strings.Split(body, ";") {
		fields := strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
		row := make([]float64, 0, len(fields))
		for j, f := range fields {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return nil, &ParseError{i + 1, j + 1, f, err}
			}
			row = append(row, v)
		}
		if len(m) > 0 && len(row) != len(m[0]) {
			return nil, fmt.Errorf("row %d has %d columns, want %d", i+1, len(row), len(m[0]))
		}
		m = append(m, row)
	}
	return m, nil
}

func Format(m [][]float64) string {
	rows := make([]string, len(m))
	for i, r := range m {
		cells := make([]string, len(r))
		for j, v := range r {
			cells[j] = strconv.FormatFloat(v, 'f', -1, 64)
		}
		rows[i] = strings.Join(cells, " ")
	}
	return "[" + strings.Join(rows, "; ") + "]"
}

func main() {
	inputs := []string{
		"[1 2 3; 4 5 6]",
		"[1.5, -2e-3; 0x1p4, 7]",
		"[1 2; 3]",
		"[1 two; 3 4]",
		"1 2 3",
		"[1e400 1]",
	}
	for _, in := range inputs {
		m, err := Parse(in)
		var pe *ParseError
		switch {
		case errors.As(err, &pe) && errors.Is(err, strconv.ErrRange):
			fmt.Printf("%-24s range error at (%d,%d)\n", in, pe.Row, pe.Col)
		case errors.As(err, &pe):
			fmt.Printf("%-24s parse error: %v\n", in, pe)
		case err != nil:
			fmt.Printf("%-24s error: %v\n", in, err)
		default:
			fmt.Printf("%-24s -> %s (%dx%d)\n", in, Format(m), len(m), len(m[0]))
		}
	}
}
