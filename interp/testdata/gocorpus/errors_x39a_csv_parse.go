package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const input = `id,height_cm,weight_kg,label
1,172,68.5,adult
2,165,,adult
3,abc,40.1,child
4,120,25.0,child
5,181,90.2
6,158,51.3,adult
7,-5,20,child`

type ParseError struct {
	Line  int
	Field string
	Err   error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d, field %q: %v", e.Line, e.Field, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var (
	ErrMissing    = errors.New("missing value")
	ErrFieldCount = errors.New("wrong number of fields")
	ErrRange      = errors.New("value out of range")
)

type Record struct {
	ID             int
	Height, Weight float64
	Label          string
}

func parseFloat(line int, field, s string) (float64, error) {
	if s == "" {
		return 0, &ParseError{line, field, ErrMissing}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, &ParseError{line, field, err}
	}
	if v <= 0 {
		return 0, &ParseError{line, field, fmt.Errorf("%g: %w", v, ErrRange)}
	}
	return v, nil
}

func parseLine(n int, line string) (r Record, err error) {
	f := strings.Split(line, ",")
	if len(f) != 4 {
		return r, &ParseError{n, "*", ErrFieldCount}
	}
	if r.ID, err = strconv.Atoi(f[0]); err != nil {
		return r, &ParseError{n, "id", err}
	}
	if r.Height, err = parseFloat(n, "height_cm", f[1]); err != nil {
		return
	}
	if r.Weight, err = parseFloat(n, "weight_kg", f[2]); err != nil {
		return
	}
	r.Label = f[3]
	return r, nil
}

func main() {
	lines := strings.Split(input, "\n")
	var good []Record
	var errs []error
	for i, l := range lines[1:] {
		r, err := parseLine(i+2, l)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		good = append(good, r)
	}
	fmt.Printf("parsed %d records, %d errors\n", len(good), len(errs))
	for _, r := range good {
		bmi := r.Weight / ((r.Height / 100) * (r.Height / 100))
		fmt.Printf("  %+v bmi=%.1f\n", r, bmi)
	}
	for _, err := range errs {
		var pe *ParseError
		var ne *strconv.NumError
		switch {
		case errors.Is(err, ErrMissing):
			fmt.Println("MISSING:", err)
		case errors.As(err, &ne):
			fmt.Printf("NUMERR: %v (func=%s num=%q)\n", err, ne.Func, ne.Num)
		case errors.Is(err, ErrRange):
			fmt.Println("RANGE:", err)
		case errors.As(err, &pe):
			fmt.Printf("OTHER at line %d: %v\n", pe.Line, pe.Err)
		}
	}
	joined := errors.Join(errs...)
	fmt.Println(strings.Count(joined.Error(), "\n")+1, "errors joined")
	fmt.Println(errors.Is(joined, ErrFieldCount))
}
