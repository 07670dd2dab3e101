package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field string
	Issue string
}

func (f *FieldError) Error() string { return f.Field + ": " + f.Issue }

var ErrRequired = errors.New("required")

type Line struct {
	Desc  string
	Qty   int
	Price int64
}

type Invoice struct {
	Number   string
	Customer string
	Currency string
	Lines    []Line
	Paid     int64
}

func (inv Invoice) Total() int64 {
	var t int64
	for _, l := range inv.Lines {
		t += int64(l.Qty) * l.Price
	}
	return t
}

func (inv Invoice) Validate() error {
	var errs []error
	if inv.Number == "" {
		errs = append(errs, fmt.Errorf("number: %w", ErrRequired))
	} else if !strings.HasPrefix(inv.Number, "INV-") {
		errs = append(errs, &FieldError{"number", "must start with INV-"})
	}
	if inv.Customer == "" {
		errs = append(errs, fmt.Errorf("customer: %w", ErrRequired))
	}
	switch inv.Currency {
	case "USD", "EUR", "GBP":
	default:
		errs = append(errs, &FieldError{"currency", fmt.Sprintf("unsupported %q", inv.Currency)})
	}
	for i, l := range inv.Lines {
		if l.Qty <= 0 {
			errs = append(errs, &FieldError{fmt.Sprintf("lines[%d].qty", i), "must be positive"})
		}
		if l.Price < 0 {
			errs = append(errs, &FieldError{fmt.Sprintf("lines[%d].price", i), "negative"})
		}
	}
	if inv.Paid > inv.Total() {
		errs = append(errs, &FieldError{"paid", "exceeds total"})
	}
	return errors.Join(errs...)
}

func main() {
	invoices := []Invoice{
		{"INV-001", "Acme", "USD", []Line{{"consulting", 10, 15000}}, 50000},
		{"", "", "BTC", []Line{{"x", 0, -5}}, 0},
		{"2024-17", "Globex", "EUR", []Line{{"widgets", 3, 1000}}, 5000},
	}
	for _, inv := range invoices {
		err := inv.Validate()
		if err == nil {
			fmt.Printf("%s ok, total %d due %d\n", inv.Number, inv.Total(), inv.Total()-inv.Paid)
			continue
		}
		fmt.Printf("invoice %q invalid:\n", inv.Number)
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("  -", line)
		}
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field error:", fe.Field)
		}
		fmt.Println("  missing required:", errors.Is(err, ErrRequired))
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  count:", len(u.Unwrap()))
		}
	}
}
