package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Msg }

type User struct {
	Name  string
	Age   int
	Email string
}

func parseUser(line string) (User, error) {
	parts := strings.Split(line, ",")
	if len(parts) != 3 {
		return User{}, fmt.Errorf("line %q: want 3 fields, got %d", line, len(parts))
	}
	var errs []error
	name := strings.TrimSpace(parts[0])
	if name == "" {
		errs = append(errs, &ValidationError{"name", "empty"})
	}
	age, err := strconv.Atoi(strings.TrimSpace(parts[1]))
	if err != nil {
		errs = append(errs, fmt.Errorf("age: %w", err))
	} else if age < 0 || age > 150 {
		errs = append(errs, &ValidationError{"age", "out of range " + strconv.Itoa(age)})
	}
	email := strings.TrimSpace(parts[2])
	if !strings.Contains(email, "@") {
		errs = append(errs, &ValidationError{"email", "missing @"})
	}
	if len(errs) > 0 {
		return User{}, errors.Join(errs...)
	}
	return User{name, age, email}, nil
}

func main() {
	lines := []string{
		"Ann, 34, ann@example.com",
		"Bob, abc, bob.example.com",
		", 200, x@y",
		"only,two",
		"Cy, 7, cy@kid.org",
	}
	var users []User
	for _, l := range lines {
		u, err := parseUser(l)
		if err != nil {
			fmt.Println("ERROR:", strings.ReplaceAll(err.Error(), "\n", " | "))
			var ve *ValidationError
			if errors.As(err, &ve) {
				fmt.Println("  first validation field:", ve.Field)
			}
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("  number error on", strconv.Quote(ne.Num), ne.Err == strconv.ErrSyntax)
			}
			continue
		}
		users = append(users, u)
	}
	fmt.Printf("%+v\n", users)
}
