package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

type ValidationErrors []error

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

func (v ValidationErrors) Unwrap() []error { return v }

var ErrEmpty = errors.New("empty input")

type User struct {
	Name  string
	Age   int
	Email string
}

func parseUser(line string) (*User, error) {
	if strings.TrimSpace(line) == "" {
		return nil, ErrEmpty
	}
	parts := strings.Split(line, ",")
	if len(parts) != 3 {
		return nil, fmt.Errorf("parse %q: want 3 fields, got %d", line, len(parts))
	}
	var errs ValidationErrors
	u := &User{Name: strings.TrimSpace(parts[0]), Email: strings.TrimSpace(parts[2])}
	if u.Name == "" {
		errs = append(errs, &FieldError{"name", "required"})
	}
	age, err := strconv.Atoi(strings.TrimSpace(parts[1]))
	if err != nil {
		errs = append(errs, fmt.Errorf("age: %w", err))
	} else if age < 0 || age > 150 {
		errs = append(errs, &FieldError{"age", "out of range " + strconv.Itoa(age)})
	}
	u.Age = age
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, &FieldError{"email", "missing @"})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return u, nil
}

func main() {
	inputs := []string{
		"Ann, 31, ann@example.com",
		"  ",
		", -4, nobody",
		"Bob, abc, bob@x",
		"too,many,fields,here",
		"Cy, 200, cy@z",
	}
	for _, in := range inputs {
		u, err := parseUser(in)
		var fe *FieldError
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("ok: %+v\n", *u)
		case errors.Is(err, ErrEmpty):
			fmt.Println("skip empty")
		case errors.As(err, &ne):
			fmt.Printf("number error in %q (func %s): %v\n", ne.Num, ne.Func, err)
		case errors.As(err, &fe):
			fmt.Printf("first field error %q: %v\n", fe.Field, err)
		default:
			fmt.Println("other:", err)
		}
	}
}
