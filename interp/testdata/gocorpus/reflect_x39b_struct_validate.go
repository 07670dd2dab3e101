package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type FieldError struct {
	Field string
	Rule  string
	Param string
}

func (e FieldError) Error() string {
	if e.Param != "" {
		return fmt.Sprintf("%s: failed %s=%s", e.Field, e.Rule, e.Param)
	}
	return fmt.Sprintf("%s: failed %s", e.Field, e.Rule)
}

func Validate(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return fmt.Errorf("validate: expected struct, got %s", rv.Kind())
	}
	rt := rv.Type()
	var errs []error
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		tag, ok := f.Tag.Lookup("validate")
		if !ok || !f.IsExported() {
			continue
		}
		name := f.Name
		if j := f.Tag.Get("json"); j != "" {
			name = strings.Split(j, ",")[0]
		}
		fv := rv.Field(i)
		for _, rule := range strings.Split(tag, ",") {
			r, param, _ := strings.Cut(rule, "=")
			if err := check(fv, r, param); err != nil {
				errs = append(errs, FieldError{name, r, param})
			}
		}
	}
	return errors.Join(errs...)
}

var errRule = errors.New("rule failed")

func check(v reflect.Value, rule, param string) error {
	switch rule {
	case "required":
		if v.IsZero() {
			return errRule
		}
	case "min", "max":
		n, _ := strconv.ParseFloat(param, 64)
		var got float64
		switch v.Kind() {
		case reflect.String, reflect.Slice, reflect.Map:
			got = float64(v.Len())
		case reflect.Int, reflect.Int64:
			got = float64(v.Int())
		case reflect.Float64:
			got = v.Float()
		}
		if (rule == "min" && got < n) || (rule == "max" && got > n) {
			return errRule
		}
	case "oneof":
		if !strings.Contains(" "+param+" ", " "+fmt.Sprint(v.Interface())+" ") {
			return errRule
		}
	}
	return nil
}

type Address struct {
	City string `validate:"required"`
}

type Signup struct {
	Username string   `json:"username" validate:"required,min=3,max=12"`
	Age      int      `json:"age" validate:"min=13"`
	Plan     string   `json:"plan" validate:"oneof=free pro team"`
	Tags     []string `validate:"max=2"`
	Score    float64  `validate:"max=1.5"`
	Address  Address
	internal string
}

func main() {
	good := Signup{Username: "gopher", Age: 30, Plan: "pro", Tags: []string{"x"}}
	fmt.Println("good:", Validate(good))
	bad := &Signup{Username: "go", Age: 9, Plan: "gold", Tags: []string{"a", "b", "c"}, Score: 2}
	err := Validate(bad)
	fmt.Println("bad:")
	fmt.Println(err)
	var fe FieldError
	fmt.Println(errors.As(err, &fe), fe.Field)
	fmt.Println(Validate(42))
	fmt.Println(Validate(Address{}))

	t := reflect.TypeOf(good)
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%-8s %-10v %q exported=%t\n", f.Name, f.Type, f.Tag.Get("validate"), f.IsExported())
	}
	rv := reflect.ValueOf(bad).Elem()
	rv.FieldByName("Age").SetInt(21)
	fmt.Println(bad.Age, rv.NumField(), rv.Field(0).Interface(), reflect.DeepEqual(good, *bad))
	m := reflect.ValueOf(map[string]int{"b": 2, "a": 1})
	keys := m.MapKeys()
	fmt.Println(len(keys), m.MapIndex(reflect.ValueOf("b")), m.Type().Elem().Kind())
}
