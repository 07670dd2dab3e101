package main

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

type FieldError struct {
	Field string
	Rule  string
	Value any
}

func (e FieldError) Error() string {
	return fmt.Sprintf("%s: failed %q (got %#v)", e.Field, e.Rule, e.Value)
}

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

var emailRe = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-z]{2,}$`)

func checkRule(rule string, v reflect.Value) bool {
	name, arg, _ := strings.Cut(rule, "=")
	switch name {
	case "required":
		return !v.IsZero()
	case "email":
		return emailRe.MatchString(v.String())
	case "min", "max":
		n, _ := strconv.ParseFloat(arg, 64)
		var x float64
		switch v.Kind() {
		case reflect.String, reflect.Slice, reflect.Map:
			x = float64(v.Len())
		case reflect.Int, reflect.Int64, reflect.Int32:
			x = float64(v.Int())
		case reflect.Float64:
			x = v.Float()
		}
		if name == "min" {
			return x >= n
		}
		return x <= n
	case "oneof":
		return strings.Contains(" "+arg+" ", " "+fmt.Sprint(v.Interface())+" ")
	}
	panic("unknown rule " + name)
}

func Validate(s any) error {
	var errs ValidationErrors
	validate(reflect.ValueOf(s), "", &errs)
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func validate(v reflect.Value, prefix string, errs *ValidationErrors) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		name := prefix + f.Name
		if js := strings.Split(f.Tag.Get("json"), ",")[0]; js != "" {
			name = prefix + js
		}
		if f.Type.Kind() == reflect.Struct {
			validate(fv, name+".", errs)
			continue
		}
		tag := f.Tag.Get("validate")
		if tag == "" {
			continue
		}
		for _, rule := range strings.Split(tag, ",") {
			if rule != "required" && fv.IsZero() && !strings.Contains(tag, "required") {
				break
			}
			if !checkRule(rule, fv) {
				*errs = append(*errs, FieldError{name, rule, fv.Interface()})
				break
			}
		}
	}
}

type Address struct {
	Street string `json:"street" validate:"required"`
	Zip    string `json:"zip" validate:"min=5,max=10"`
}

type SignupForm struct {
	Username string   `json:"username" validate:"required,min=3,max=16"`
	Email    string   `json:"email" validate:"required,email"`
	Age      int      `json:"age" validate:"min=13,max=130"`
	Plan     string   `json:"plan" validate:"oneof=free pro team"`
	Tags     []string `json:"tags" validate:"max=3"`
	Address  Address  `json:"address"`
	Referral string
	internal int
}

func main() {
	good := SignupForm{Username: "gopher", Email: "g@golang.org", Age: 30, Plan: "pro", Address: Address{"1 Main St", "90210"}}
	fmt.Println("good:", Validate(good), Validate(&good))

	bad := &SignupForm{Username: "go", Email: "not-an-email", Age: 9, Plan: "enterprise",
		Tags: []string{"a", "b", "c", "d"}, Address: Address{Zip: "123"}, internal: 1}
	err := Validate(bad)
	var ve ValidationErrors
	if errors.As(err, &ve) {
		for _, fe := range ve {
			fmt.Printf("  %-16s %-10s %v\n", fe.Field, fe.Rule, fe.Value)
		}
	}
	fmt.Println(len(ve), err != nil)
	fmt.Printf("%v\n", ve[0])
	fmt.Printf("%+v\n", ve[len(ve)-1])

	type Weird struct {
		X int `validate:"prime"`
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Validate(Weird{X: 4})
	}()
	var nilForm *SignupForm
	fmt.Println("nil pointer:", Validate(nilForm))
}
