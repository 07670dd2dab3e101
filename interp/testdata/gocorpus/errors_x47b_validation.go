package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

type FieldError struct {
	Field string
	Rule  string
	Value any
}

func (e FieldError) Error() string {
	return fmt.Sprintf("%s: failed %s (got %v)", e.Field, e.Rule, e.Value)
}

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

var ErrRequired = errors.New("required")

type User struct {
	Name  string
	Email string
	Age   int
	Roles []string
}

var emailRe = regexp.MustCompile(`^[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}$`)

type Validator struct {
	errs ValidationErrors
}

func (v *Validator) Check(ok bool, field, rule string, val any) *Validator {
	if !ok {
		v.errs = append(v.errs, FieldError{field, rule, val})
	}
	return v
}

func (v *Validator) Err() error {
	if len(v.errs) == 0 {
		return nil
	}
	return v.errs
}

func (u User) Validate() error {
	if u.Name == "" && u.Email == "" {
		return fmt.Errorf("user: %w", ErrRequired)
	}
	v := &Validator{}
	return v.Check(len(u.Name) >= 2, "name", "minlen(2)", u.Name).
		Check(emailRe.MatchString(u.Email), "email", "format", u.Email).
		Check(u.Age >= 0 && u.Age < 150, "age", "range(0,150)", u.Age).
		Check(len(u.Roles) > 0, "roles", "nonempty", u.Roles).
		Err()
}

func main() {
	users := []User{
		{"Ann", "ann@example.com", 30, []string{"admin"}},
		{"B", "bob@", -1, nil},
		{},
		{"Cyd", "cyd.x@mail.org", 200, []string{"dev"}},
	}
	for i, u := range users {
		err := u.Validate()
		fmt.Printf("user %d: %v\n", i, err)
		var ve ValidationErrors
		if errors.As(err, &ve) {
			for _, fe := range ve {
				fmt.Printf("   %-5s %-12s %#v\n", fe.Field, fe.Rule, fe.Value)
			}
		}
		if errors.Is(err, ErrRequired) {
			fmt.Println("   missing everything")
		}
		var fe FieldError
		fmt.Println("   single field error?", errors.As(err, &fe))
	}
	fmt.Println(emailRe.FindAllString("x a@b.co y c.d@e.fr", -1))
}
