package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Address struct {
	Street string `validate:"required"`
	Zip    string `validate:"len=5"`
}

type Signup struct {
	Username string   `validate:"required,min=3" label:"user name"`
	Age      int      `validate:"min=13,max=120"`
	Email    string   `validate:"required"`
	Roles    []string `validate:"min=1"`
	Addr     Address
	note     string
	Score    float64
}

func validate(v any) []error {
	return walk(reflect.ValueOf(v), "")
}

func walk(rv reflect.Value, prefix string) []error {
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	var errs []error
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := rv.Field(i)
		name := prefix + f.Name
		if l, ok := f.Tag.Lookup("label"); ok {
			name = l
		}
		if f.Type.Kind() == reflect.Struct {
			errs = append(errs, walk(fv, name+".")...)
			continue
		}
		tag := f.Tag.Get("validate")
		if tag == "" {
			continue
		}
		for _, rule := range strings.Split(tag, ",") {
			key, arg, _ := strings.Cut(rule, "=")
			n, _ := strconv.Atoi(arg)
			var size int
			switch fv.Kind() {
			case reflect.String, reflect.Slice:
				size = fv.Len()
			case reflect.Int:
				size = int(fv.Int())
			}
			var bad bool
			switch key {
			case "required":
				bad = fv.IsZero()
			case "min":
				bad = size < n
			case "max":
				bad = size > n
			case "len":
				bad = size != n
			}
			if bad {
				errs = append(errs, fmt.Errorf("%s: failed %s (got %v)", name, rule, fv.Interface()))
			}
		}
	}
	return errs
}

func main() {
	cases := []Signup{
		{"gopher", 30, "g@go.dev", []string{"admin"}, Address{"1 Main", "12345"}, "x", 1},
		{"al", 9, "", nil, Address{"", "123"}, "", 0},
	}
	for i, c := range cases {
		errs := validate(&cases[i])
		fmt.Printf("case %d: %d error(s)\n", i, len(errs))
		if len(errs) > 0 {
			fmt.Println(errors.Join(errs...))
		}
		_ = c
	}
	t := reflect.TypeOf(Signup{})
	fmt.Println(t.Name(), t.Kind(), t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("  %-8s %-10v exported=%-5v tag=%q\n", f.Name, f.Type, f.IsExported(), f.Tag)
	}
	v := reflect.ValueOf(&cases[1]).Elem()
	v.FieldByName("Age").SetInt(44)
	v.FieldByName("Roles").Set(reflect.ValueOf([]string{"user", "dev"}))
	fmt.Printf("%+v\n", cases[1])
	m, ok := reflect.TypeOf(&cases[0]).MethodByName("String")
	fmt.Println(m.Name == "", ok)
	fmt.Println(reflect.DeepEqual(cases[0].Addr, Address{"1 Main", "12345"}), reflect.ValueOf(3.5).Kind())
}
