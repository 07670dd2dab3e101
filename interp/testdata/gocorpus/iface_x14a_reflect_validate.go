package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type User struct {
	Name    string `validate:"required,max=10"`
	Age     int    `validate:"min=0,max=150"`
	Email   string `validate:"required,contains=@"`
	Nick    string
	private int
}

type FieldError struct {
	Field, Rule string
}

func (e FieldError) Error() string { return e.Field + " fails " + e.Rule }

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
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		tag, ok := f.Tag.Lookup("validate")
		if !ok || !f.IsExported() {
			continue
		}
		fv := rv.Field(i)
		for _, rule := range strings.Split(tag, ",") {
			name, arg, _ := strings.Cut(rule, "=")
			n, _ := strconv.Atoi(arg)
			bad := false
			switch name {
			case "required":
				bad = fv.IsZero()
			case "max":
				if fv.Kind() == reflect.String {
					bad = fv.Len() > n
				} else {
					bad = fv.Int() > int64(n)
				}
			case "min":
				bad = fv.Int() < int64(n)
			case "contains":
				bad = !strings.Contains(fv.String(), arg)
			}
			if bad {
				errs = append(errs, FieldError{f.Name, rule})
			}
		}
	}
	return errors.Join(errs...)
}

func main() {
	users := []any{
		User{Name: "ann", Age: 30, Email: "ann@x.org"},
		&User{Name: "bartholomew jr", Age: -1, Email: "nope"},
		User{},
		42,
	}
	for i, u := range users {
		err := Validate(u)
		fmt.Printf("%d: %v\n", i, strings.ReplaceAll(fmt.Sprint(err), "\n", "; "))
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Println("   first:", fe.Field, fe.Rule)
		}
	}
	t := reflect.TypeOf(User{})
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%-8s %-7s exported=%-5t tag=%q\n", f.Name, f.Type, f.IsExported(), f.Tag.Get("validate"))
	}
	v := reflect.ValueOf(&User{}).Elem()
	v.FieldByName("Nick").SetString("zed")
	v.Field(1).SetInt(77)
	fmt.Printf("%+v %v\n", v.Interface(), v.FieldByName("private").CanSet())
}
