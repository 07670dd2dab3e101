package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field, Problem string
}

func (f *FieldError) Error() string { return f.Field + " " + f.Problem }

type OrderError struct {
	OrderID string
	Errs    []error
}

func (o *OrderError) Error() string {
	msgs := make([]string, len(o.Errs))
	for i, e := range o.Errs {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("order %s invalid: %s", o.OrderID, strings.Join(msgs, "; "))
}

func (o *OrderError) Unwrap() []error { return o.Errs }

type Order struct {
	ID      string
	Email   string
	Items   map[string]int
	Country string
}

var ErrEmbargo = errors.New("shipping not allowed")

func Validate(o Order) error {
	var errs []error
	if !strings.Contains(o.Email, "@") {
		errs = append(errs, &FieldError{"email", fmt.Sprintf("%q is not an address", o.Email)})
	}
	if len(o.Items) == 0 {
		errs = append(errs, &FieldError{"items", "is empty"})
	}
	for sku, q := range o.Items {
		if q <= 0 {
			errs = append(errs, &FieldError{"items[" + sku + "]", "quantity must be positive"})
		}
	}
	if o.Country == "XX" {
		errs = append(errs, fmt.Errorf("country %s: %w", o.Country, ErrEmbargo))
	}
	if len(errs) == 0 {
		return nil
	}
	return &OrderError{o.ID, errs}
}

func mustPlace(o Order) (id string) {
	if err := Validate(o); err != nil {
		panic(err)
	}
	return "CONF-" + o.ID
}

func place(o Order) (conf string, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(error); ok {
			err = e
			return
		}
		panic(r)
	}()
	defer fmt.Println("  processed", o.ID)
	return mustPlace(o), nil
}

func main() {
	orders := []Order{
		{"1", "a@b.co", map[string]int{"pen": 2}, "DE"},
		{"2", "nobody", map[string]int{"ink": 0}, "XX"},
		{"3", "c@d.io", nil, "FR"},
		{"4", "e@f.org", map[string]int{"pad": 1, "cup": 3}, "XX"},
	}
	for _, o := range orders {
		conf, err := place(o)
		if err == nil {
			fmt.Println("placed", conf)
			continue
		}
		fmt.Println(err)
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Printf("  first field problem: %s\n", fe.Field)
		}
		if errors.Is(err, ErrEmbargo) {
			fmt.Println("  embargo!")
		}
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() {
			r := recover()
			err, isErr := r.(error)
			fmt.Println("recovered:", r, isErr, err)
		}()
		idx := 5
		_ = orders[idx]
	}()
	fmt.Println(errors.Unwrap(fmt.Errorf("wrap: %w", ErrEmbargo)) == ErrEmbargo)
}
