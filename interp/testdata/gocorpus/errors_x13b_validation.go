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
	return fmt.Sprintf("%s: failed %s (value %v)", e.Field, e.Rule, e.Value)
}

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("%d validation errors: %s", len(v), strings.Join(msgs, "; "))
}

func (v ValidationErrors) Fields() []string {
	var out []string
	for _, e := range v {
		out = append(out, e.Field)
	}
	return out
}

type User struct {
	Name  string
	Email string
	Age   int
	Roles []string
}

var emailRE = regexp.MustCompile(`^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$`)

func (u User) Validate() error {
	var errs ValidationErrors
	check := func(ok bool, field, rule string, val any) {
		if !ok {
			errs = append(errs, FieldError{field, rule, val})
		}
	}
	check(strings.TrimSpace(u.Name) != "", "name", "required", u.Name)
	check(emailRE.MatchString(u.Email), "email", "format", u.Email)
	check(u.Age >= 18 && u.Age < 130, "age", "range[18,130)", u.Age)
	for i, r := range u.Roles {
		check(r == "admin" || r == "user", fmt.Sprintf("roles[%d]", i), "oneof", r)
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func save(u User) error {
	if err := u.Validate(); err != nil {
		return fmt.Errorf("save %q: %w", u.Name, err)
	}
	return nil
}

func main() {
	users := []User{
		{"Ada", "ada@example.com", 36, []string{"admin"}},
		{"", "not-an-email", 12, []string{"user", "root"}},
		{"Bob", "bob@mail.org", 200, nil},
	}
	for _, u := range users {
		err := save(u)
		fmt.Println(err)
		var ve ValidationErrors
		if errors.As(err, &ve) {
			fmt.Println("  fields:", ve.Fields(), len(ve))
			fmt.Printf("  first: %+v\n", ve[0])
		}
	}
	var nilErr error = User{"Cy", "cy@x.io", 40, nil}.Validate()
	fmt.Println(nilErr == nil)
}
