package main

import (
	"errors"
	"fmt"
	"net/mail"
	"strconv"
	"strings"
)

type FieldError struct {
	Row   int
	Field string
	Err   error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("row %d: %s: %v", e.Row, e.Field, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

var (
	ErrRequired = errors.New("is required")
	ErrRange    = errors.New("out of range")
)

type User struct {
	Name  string
	Email string
	Age   int
}

type validator func(row int, rec map[string]string, u *User) error

func required(field string) validator {
	return func(row int, rec map[string]string, u *User) error {
		if strings.TrimSpace(rec[field]) == "" {
			return &FieldError{row, field, ErrRequired}
		}
		return nil
	}
}

func ageBetween(lo, hi int) validator {
	return func(row int, rec map[string]string, u *User) error {
		n, err := strconv.Atoi(rec["age"])
		if err != nil {
			return &FieldError{row, "age", err}
		}
		if n < lo || n > hi {
			return &FieldError{row, "age", fmt.Errorf("%d not in [%d,%d]: %w", n, lo, hi, ErrRange)}
		}
		u.Age = n
		return nil
	}
}

func validEmail(row int, rec map[string]string, u *User) error {
	a, err := mail.ParseAddress(rec["email"])
	if err != nil {
		return &FieldError{row, "email", err}
	}
	u.Email = a.Address
	return nil
}

const input = `name,email,age
Ada Lovelace,ada@example.com,36
,nobody@example.com,20
Grace,grace-at-navy,85
Linus,linus@example.org,abc
Ken,ken@example.net,200
Barbara,"Barbara L" <bl@example.com>,41`

func main() {
	lines := strings.Split(input, "\n")
	header := strings.Split(lines[0], ",")
	checks := []validator{required("name"), required("email"), validEmail, ageBetween(0, 130)}
	var users []User
	var all []error
	for i, line := range lines[1:] {
		cells := strings.SplitN(line, ",", len(header))
		rec := map[string]string{}
		for j, h := range header {
			rec[h] = cells[j]
		}
		u := User{Name: rec["name"]}
		var errs []error
		for _, c := range checks {
			if err := c(i+1, rec, &u); err != nil {
				errs = append(errs, err)
			}
		}
		if err := errors.Join(errs...); err != nil {
			all = append(all, err)
			continue
		}
		users = append(users, u)
	}
	fmt.Printf("%d valid users\n", len(users))
	for _, u := range users {
		fmt.Printf("  %#v\n", u)
	}
	required, ranged, syntax := 0, 0, 0
	for _, err := range all {
		fmt.Println("---")
		fmt.Println(err)
		if errors.Is(err, ErrRequired) {
			required++
		}
		if errors.Is(err, ErrRange) {
			ranged++
		}
		if errors.Is(err, strconv.ErrSyntax) {
			syntax++
		}
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Printf("first field: %s (row %d)\n", fe.Field, fe.Row)
		}
	}
	fmt.Println("required:", required, "range:", ranged, "syntax:", syntax)
}
