package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (f FieldError) Error() string { return f.Field + " " + f.Msg }

type MultiError []error

func (m MultiError) Error() string {
	msgs := make([]string, len(m))
	for i, e := range m {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: %s", len(m), strings.Join(msgs, "; "))
}

func (m MultiError) Unwrap() []error { return m }

type User struct {
	Name  string
	Email string
	Age   int
}

var ErrRequired = errors.New("is required")

func (u User) Validate() error {
	var errs MultiError
	if u.Name == "" {
		errs = append(errs, fmt.Errorf("name %w", ErrRequired))
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, FieldError{"email", "must contain @"})
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, FieldError{"age", fmt.Sprintf("out of range: %d", u.Age)})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

type tempErr interface{ Temporary() bool }

type netErr struct{ temp bool }

func (n netErr) Error() string   { return fmt.Sprintf("net error (temp=%t)", n.temp) }
func (n netErr) Temporary() bool { return n.temp }

func retry(attempts int, f func(int) error) error {
	var last error
	for i := 1; i <= attempts; i++ {
		last = f(i)
		if last == nil {
			return nil
		}
		var te tempErr
		if !errors.As(last, &te) || !te.Temporary() {
			return fmt.Errorf("attempt %d: permanent: %w", i, last)
		}
		fmt.Println("  retrying after", last)
	}
	return fmt.Errorf("gave up after %d: %w", attempts, last)
}

func main() {
	users := []User{{"ann", "a@x", 30}, {"", "nope", 200}, {"bob", "b", -1}}
	for _, u := range users {
		err := u.Validate()
		fmt.Println(err)
		if err == nil {
			continue
		}
		var fe FieldError
		fmt.Println("  required:", errors.Is(err, ErrRequired), "field:", errors.As(err, &fe), fe.Field)
	}
	var nilMulti MultiError
	var asErr error = nilMulti
	fmt.Println(asErr == nil, nilMulti == nil)
	err := retry(3, func(i int) error {
		if i < 3 {
			return netErr{true}
		}
		return nil
	})
	fmt.Println("result:", err)
	err = retry(3, func(i int) error { return fmt.Errorf("wrapped: %w", netErr{i == 1}) })
	fmt.Println("result:", err)
	fmt.Printf("%v\n%+v\n", MultiError{FieldError{"f", "bad"}}, FieldError{"g", "worse"})
}
