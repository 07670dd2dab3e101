package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const input = `3 4
1 2 3 4
5 x 7 8
9 10 11
-1 2 3 4`

type ParseError struct {
	Line int
	Col  int
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d col %d: %v", e.Line, e.Col, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var ErrShape = errors.New("wrong number of columns")
var ErrNegative = errors.New("negative value")

func parseMatrix(s string) ([][]int, error) {
	lines := strings.Split(s, "\n")
	var r, c int
	if _, err := fmt.Sscan(lines[0], &r, &c); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	var m [][]int
	var errs []error
	for i, ln := range lines[1:] {
		f := strings.Fields(ln)
		if len(f) != c {
			errs = append(errs, &ParseError{i + 2, 0, ErrShape})
			continue
		}
		row := make([]int, c)
		ok := true
		for j, tok := range f {
			v, err := strconv.Atoi(tok)
			if err != nil {
				errs = append(errs, &ParseError{i + 2, j + 1, err})
				ok = false
				break
			}
			if v < 0 {
				errs = append(errs, &ParseError{i + 2, j + 1, ErrNegative})
				ok = false
				break
			}
			row[j] = v
		}
		if ok {
			m = append(m, row)
		}
	}
	return m, errors.Join(errs...)
}

func main() {
	m, err := parseMatrix(input)
	fmt.Println("rows parsed:", len(m), m)
	if err != nil {
		fmt.Println("errors:")
		fmt.Println(err)
	}
	fmt.Println("shape?", errors.Is(err, ErrShape), "negative?", errors.Is(err, ErrNegative))
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Printf("first: line=%d col=%d %T\n", pe.Line, pe.Col, pe.Err)
	}
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("num error: func=%s num=%q err=%v\n", ne.Func, ne.Num, ne.Err)
	}
	_, err = parseMatrix("a b\n")
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err) != nil)
}
