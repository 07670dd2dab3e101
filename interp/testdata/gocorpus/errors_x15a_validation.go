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

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("%d validation error(s): %s", len(v), strings.Join(msgs, "; "))
}

func (v ValidationErrors) Is(target error) bool {
	return target == ErrValidation
}

var ErrValidation = errors.New("validation failed")

type Temporary interface{ Temporary() bool }

type netErr struct{ retry int }

func (n *netErr) Error() string   { return "network unreachable, retry " + strconv.Itoa(n.retry) }
func (n *netErr) Temporary() bool { return n.retry < 3 }

type User struct {
	Name  string
	Email string
	Age   string
}

func validate(u User) error {
	var errs ValidationErrors
	if strings.TrimSpace(u.Name) == "" {
		errs = append(errs, FieldError{"name", "required"})
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, FieldError{"email", fmt.Sprintf("%q is not an address", u.Email)})
	}
	if n, err := strconv.Atoi(u.Age); err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			errs = append(errs, FieldError{"age", ne.Err.Error()})
		}
	} else if n < 0 || n > 150 {
		errs = append(errs, FieldError{"age", "out of range"})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func save(u User, attempt int) error {
	if err := validate(u); err != nil {
		return fmt.Errorf("save %q: %w", u.Name, err)
	}
	if attempt < 2 {
		return fmt.Errorf("save %q: %w", u.Name, &netErr{attempt})
	}
	return nil
}

func main() {
	users := []User{
		{"Ann", "ann@example.com", "34"},
		{"", "bob-at-example", "x1"},
		{"Cy", "cy@x.org", "999"},
		{"Di", "di@x.org", "99999999999999999999"},
	}
	for _, u := range users {
		for attempt := 0; attempt < 3; attempt++ {
			err := save(u, attempt)
			if err == nil {
				fmt.Printf("saved %s on attempt %d\n", u.Name, attempt)
				break
			}
			var t Temporary
			if errors.As(err, &t) && t.Temporary() {
				fmt.Println("  temporary:", err)
				continue
			}
			var ve ValidationErrors
			if errors.As(err, &ve) {
				fmt.Println("invalid:", errors.Is(err, ErrValidation), len(ve))
				for _, fe := range ve {
					fmt.Printf("  - %-5s %s\n", fe.Field, fe.Msg)
				}
			}
			fmt.Println("  full:", err)
			break
		}
	}
	var fe FieldError
	err := fmt.Errorf("outer: %w", ValidationErrors{{"x", "bad"}})
	fmt.Println(errors.As(err, &fe), errors.Is(err, ErrValidation))
	wrapped := fmt.Errorf("a: %w, b: %w", FieldError{"k", "v"}, &netErr{5})
	fmt.Println(errors.As(wrapped, &fe), fe, wrapped)
	var t Temporary
	fmt.Println(errors.As(wrapped, &t), t.Temporary())
}
