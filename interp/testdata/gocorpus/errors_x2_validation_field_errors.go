// Exercises: a custom *ValidationError type, wrapped with %w and recovered via errors.As.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Msg }

type User struct {
	Name  string
	Email string
	Age   int
}

func validate(u User) error {
	if strings.TrimSpace(u.Name) == "" {
		return &ValidationError{"name", "must not be empty"}
	}
	if !strings.Contains(u.Email, "@") {
		return &ValidationError{"email", fmt.Sprintf("%q is not an address", u.Email)}
	}
	if u.Age < 0 || u.Age > 150 {
		return &ValidationError{"age", "out of range"}
	}
	return nil
}

func register(u User) error {
	if err := validate(u); err != nil {
		return fmt.Errorf("register %q: %w", u.Name, err)
	}
	return nil
}

func main() {
	users := []User{
		{"ann", "ann@example.com", 30},
		{"", "x@y", 1},
		{"bob", "bob.example.com", 40},
		{"old", "o@o", 200},
	}
	for _, u := range users {
		err := register(u)
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("invalid field %-5s -> %v\n", ve.Field, err)
			continue
		}
		fmt.Println("ok:", u.Name, err)
	}
}
