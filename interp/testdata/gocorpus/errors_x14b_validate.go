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

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

type NotFoundError struct{ ID int }

func (e NotFoundError) Error() string { return fmt.Sprintf("id %d not found", e.ID) }

var ErrInvalid = errors.New("invalid input")

type User struct {
	ID    int
	Name  string
	Email string
	Age   int
}

func validate(u User) error {
	var errs []error
	if strings.TrimSpace(u.Name) == "" {
		errs = append(errs, &FieldError{"name", "required"})
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, &FieldError{"email", "missing @"})
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, &FieldError{"age", fmt.Sprintf("out of range: %d", u.Age)})
	}
	if len(errs) > 0 {
		return fmt.Errorf("user %d: %w: %w", u.ID, ErrInvalid, errors.Join(errs...))
	}
	return nil
}

var db = map[int]User{1: {1, "Ann", "ann@x.io", 30}, 2: {2, "", "bad", 200}}

func lookup(id int) (User, error) {
	u, ok := db[id]
	if !ok {
		return User{}, fmt.Errorf("lookup: %w", NotFoundError{id})
	}
	return u, validate(u)
}

func main() {
	for _, id := range []int{1, 2, 3} {
		u, err := lookup(id)
		var fe *FieldError
		var nf NotFoundError
		switch {
		case err == nil:
			fmt.Println("ok", u.Name)
		case errors.As(err, &nf):
			fmt.Println("missing:", nf.ID, "|", err)
		case errors.As(err, &fe):
			fmt.Println("first field error:", fe.Field, errors.Is(err, ErrInvalid))
			fmt.Println(err)
		}
	}
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrInvalid))
	for e := wrapped; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%q\n", e.Error())
	}
	var target *FieldError
	fmt.Println(errors.As(wrapped, &target), target == nil)
}
