package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type User struct {
	Name    string `validate:"required,min=2"`
	Age     int    `validate:"min=0,max=150"`
	Email   string `validate:"required,contains=@"`
	Nick    string
	Score   float64 `validate:"max=100"`
	private int     `validate:"required"`
}

type FieldError struct {
	Field, Rule string
}

func (e FieldError) Error() string { return e.Field + ": failed " + e.Rule }

func Validate(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return fmt.Errorf("validate: want struct, got %s", rv.Kind())
	}
	rt := rv.Type()
	var errs []error
	for i := range rt.NumField() {
		f := rt.Field(i)
		tag, ok := f.Tag.Lookup("validate")
		if !ok || !f.IsExported() {
			continue
		}
		fv := rv.Field(i)
		for rule := range strings.SplitSeq(tag, ",") {
			name, arg, _ := strings.Cut(rule, "=")
			if !check(fv, name, arg) {
				errs = append(errs, FieldError{f.Name, rule})
			}
		}
	}
	return errors.Join(errs...)
}

func check(v reflect.Value, rule, arg string) bool {
	switch rule {
	case "required":
		return !v.IsZero()
	case "contains":
		return strings.Contains(v.String(), arg)
	case "min", "max":
		n, _ := strconv.ParseFloat(arg, 64)
		var x float64
		switch v.Kind() {
		case reflect.String:
			x = float64(len(v.String()))
		case reflect.Int, reflect.Int64:
			x = float64(v.Int())
		case reflect.Float64:
			x = v.Float()
		}
		if rule == "min" {
			return x >= n
		}
		return x <= n
	}
	panic("unknown rule " + rule)
}

func main() {
	users := []User{
		{Name: "Al", Age: 30, Email: "al@x.io", Score: 99.5},
		{Name: "B", Age: -1, Email: "nope", Score: 101},
		{},
	}
	for i, u := range users {
		err := Validate(&u)
		if err == nil {
			fmt.Println(i, "valid")
			continue
		}
		fmt.Printf("%d invalid:\n%v\n", i, err)
		var fe FieldError
		fmt.Println("  first:", errors.As(err, &fe), fe.Field)
	}
	fmt.Println(Validate(42))
	t := reflect.TypeFor[User]()
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%s:%s:%q ", f.Name, f.Type, f.Tag.Get("validate"))
	}
	fmt.Println()
}
