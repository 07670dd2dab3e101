package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrEmpty = errors.New("empty field")

type ParseError struct {
	Line, Col int
	Err       error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d col %d: %v", e.Line, e.Col, e.Err)
}
func (e *ParseError) Unwrap() error { return e.Err }

func parseCSV(src string) ([][]float64, []string, error) {
	var rows [][]float64
	var labels []string
	var errs []error
	for i, line := range strings.Split(strings.TrimSpace(src), "\n") {
		if i == 0 {
			continue
		}
		parts := strings.Split(line, ",")
		var row []float64
		ok := true
		for j, p := range parts[:len(parts)-1] {
			p = strings.TrimSpace(p)
			if p == "" {
				errs = append(errs, &ParseError{i + 1, j + 1, ErrEmpty})
				ok = false
				continue
			}
			v, err := strconv.ParseFloat(p, 64)
			if err != nil {
				errs = append(errs, &ParseError{i + 1, j + 1, err})
				ok = false
				continue
			}
			row = append(row, v)
		}
		if ok {
			rows = append(rows, row)
			labels = append(labels, strings.TrimSpace(parts[len(parts)-1]))
		}
	}
	return rows, labels, errors.Join(errs...)
}

const data = `sepal_len,sepal_wid,species
5.1,3.5,setosa
4.9,,setosa
7.0,3.2,versicolor
6.4,abc,versicolor
6.3,3.3,virginica
5.8,2.7,virginica
`

func main() {
	rows, labels, err := parseCSV(data)
	fmt.Printf("parsed %d rows\n", len(rows))
	for i, r := range rows {
		fmt.Printf("  %v %q\n", r, labels[i])
	}
	if err != nil {
		fmt.Println("errors:")
		fmt.Println(err)
		fmt.Println("has empty:", errors.Is(err, ErrEmpty))
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("first: %+v\n", *pe)
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("num error func=%s num=%q\n", ne.Func, ne.Num)
		}
	}
}
