package main

import (
	"errors"
	"fmt"
	"strings"
)

type Code int

const (
	CodeStock Code = iota + 100
	CodePayment
	CodeAddress
)

type OrderError struct {
	Code  Code
	Field string
}

func (e *OrderError) Error() string { return fmt.Sprintf("E%d %s", e.Code, e.Field) }

func (e *OrderError) Is(target error) bool {
	t, ok := target.(*OrderError)
	return ok && t.Code == e.Code && (t.Field == "" || t.Field == e.Field)
}

var (
	ErrStock   = &OrderError{Code: CodeStock}
	ErrPayment = &OrderError{Code: CodePayment}
	ErrAddress = &OrderError{Code: CodeAddress}
)

type Order struct {
	ID      string
	Items   map[string]int
	Card    string
	Address string
}

func validate(o Order, stock map[string]int) error {
	var errs []error
	for _, item := range []string{"apple", "pear", "fig"} {
		if n, ok := o.Items[item]; ok && n > stock[item] {
			errs = append(errs, &OrderError{CodeStock, item})
		}
	}
	if len(o.Card) != 4 || strings.Trim(o.Card, "0123456789") != "" {
		errs = append(errs, &OrderError{CodePayment, "card"})
	}
	if o.Address == "" {
		errs = append(errs, fmt.Errorf("shipping: %w", &OrderError{CodeAddress, "address"}))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("order %s: %w", o.ID, err)
	}
	return nil
}

func main() {
	stock := map[string]int{"apple": 5, "pear": 1, "fig": 0}
	orders := []Order{
		{"A1", map[string]int{"apple": 2}, "1234", "1 Main St"},
		{"B2", map[string]int{"pear": 2, "fig": 1}, "12a4", ""},
		{"C3", map[string]int{"apple": 9}, "9999", "2 Side St"},
		{"D4", nil, "", "x"},
	}
	for _, o := range orders {
		err := validate(o, stock)
		if err == nil {
			fmt.Println(o.ID, "ok")
			continue
		}
		fmt.Printf("%s failed:\n  %s\n", o.ID, strings.ReplaceAll(err.Error(), "\n", "\n  "))
		fmt.Println("  stock:", errors.Is(err, ErrStock),
			"fig:", errors.Is(err, &OrderError{CodeStock, "fig"}),
			"payment:", errors.Is(err, ErrPayment),
			"address:", errors.Is(err, ErrAddress))
		var oe *OrderError
		if errors.As(err, &oe) {
			fmt.Println("  first:", oe.Code, oe.Field)
		}
	}
}
