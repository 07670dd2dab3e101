package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type RowError struct {
	Line int
	Col  string
	Err  error
}

func (e RowError) Error() string { return fmt.Sprintf("line %d, %s: %v", e.Line, e.Col, e.Err) }
func (e RowError) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("empty value")

type Product struct {
	SKU   string
	Name  string
	Price float64
	Qty   int
}

func parseRow(line int, s string) (p Product, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = RowError{line, "*", fmt.Errorf("malformed row: %v", r)}
		}
	}()
	f := strings.Split(s, ",")
	var errs []error
	p.SKU = strings.TrimSpace(f[0])
	if p.SKU == "" {
		errs = append(errs, RowError{line, "sku", ErrEmpty})
	}
	p.Name = strings.TrimSpace(f[1])
	if p.Price, err = strconv.ParseFloat(strings.TrimSpace(f[2]), 64); err != nil {
		errs = append(errs, RowError{line, "price", err})
	}
	if p.Qty, err = strconv.Atoi(strings.TrimSpace(f[3])); err != nil {
		errs = append(errs, RowError{line, "qty", err})
	} else if p.Qty < 0 {
		errs = append(errs, RowError{line, "qty", fmt.Errorf("negative %d", p.Qty)})
	}
	return p, errors.Join(errs...)
}

const input = `A100, Widget, 2.50, 10
, Nameless, 1.00, 1
B200, Gizmo, abc, -3
C300, Doohickey
D400, Thing, 1e2, 7x
E500, Sprocket, 0.75, 0`

func main() {
	var ok []Product
	var all []error
	for i, line := range strings.Split(input, "\n") {
		p, err := parseRow(i+1, line)
		if err != nil {
			all = append(all, err)
			continue
		}
		ok = append(ok, p)
	}
	fmt.Printf("imported %d: %+v\n", len(ok), ok)
	joined := errors.Join(all...)
	fmt.Println(joined)
	fmt.Println("has empty:", errors.Is(joined, ErrEmpty))
	var ne *strconv.NumError
	if errors.As(joined, &ne) {
		fmt.Printf("num error: func=%s num=%q err=%v\n", ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(joined, strconv.ErrSyntax))
	var re RowError
	fmt.Println(errors.As(all[2], &re), re.Line, re.Col)
}
