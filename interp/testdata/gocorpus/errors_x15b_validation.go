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

type User struct {
	Name  string
	Email string
	Age   string
	Tags  []string
}

var ErrRequired = errors.New("required")

func validate(u User) error {
	var errs []error
	if u.Name == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrRequired))
	} else if len(u.Name) < 3 {
		errs = append(errs, FieldError{"name", "too short"})
	}
	if at := strings.IndexByte(u.Email, '@'); at <= 0 || at == len(u.Email)-1 {
		errs = append(errs, FieldError{"email", fmt.Sprintf("invalid %q", u.Email)})
	}
	if age, err := strconv.Atoi(u.Age); err != nil {
		errs = append(errs, fmt.Errorf("age: %w", err))
	} else if age < 0 || age > 150 {
		errs = append(errs, FieldError{"age", "out of range " + strconv.Itoa(age)})
	}
	seen := map[string]bool{}
	for i, t := range u.Tags {
		if seen[t] {
			errs = append(errs, FieldError{fmt.Sprintf("tags[%d]", i), "duplicate " + t})
		}
		seen[t] = true
	}
	return errors.Join(errs...)
}

func main() {
	users := []User{
		{"alice", "a@x.io", "30", []string{"admin"}},
		{"", "nobody", "abc", nil},
		{"bo", "@x", "200", []string{"a", "b", "a", "a"}},
		{"carl", "c@", "99999999999999999999", nil},
	}
	for i, u := range users {
		err := validate(u)
		if err == nil {
			fmt.Println(i, "valid")
			continue
		}
		fmt.Printf("%d invalid:\n%v\n", i, err)
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field error:", fe.Field)
		}
		fmt.Println("  required?", errors.Is(err, ErrRequired))
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  numerr:", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  count:", len(j.Unwrap()))
		}
	}
	e := fmt.Errorf("ctx: %w and %w", ErrRequired, FieldError{"x", "y"})
	fmt.Println(e, errors.Is(e, ErrRequired), errors.Unwrap(e) == nil)
}
