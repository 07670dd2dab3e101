package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field, Msg string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("%d validation errors: %s", len(v), strings.Join(msgs, "; "))
}

type User struct {
	Name  string
	Email string
	Age   int
}

func (u User) Validate() error {
	var errs ValidationErrors
	if strings.TrimSpace(u.Name) == "" {
		errs = append(errs, FieldError{"name", "required"})
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, FieldError{"email", fmt.Sprintf("%q is not an email", u.Email)})
	}
	if u.Age < 18 {
		errs = append(errs, FieldError{"age", "must be adult"})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

var ErrDuplicate = errors.New("duplicate user")

type Registry struct{ users map[string]User }

func (r *Registry) Register(u User) error {
	if err := u.Validate(); err != nil {
		return fmt.Errorf("register %q: %w", u.Name, err)
	}
	if _, ok := r.users[u.Email]; ok {
		return fmt.Errorf("register %q: %w", u.Name, ErrDuplicate)
	}
	r.users[u.Email] = u
	return nil
}

func main() {
	reg := &Registry{users: map[string]User{}}
	users := []User{
		{"Ann", "ann@x.org", 30},
		{"", "nope", 12},
		{"Bo", "bo@x.org", 17},
		{"Ann2", "ann@x.org", 40},
	}
	for _, u := range users {
		err := reg.Register(u)
		var ve ValidationErrors
		switch {
		case err == nil:
			fmt.Println("ok:", u.Name)
		case errors.As(err, &ve):
			fmt.Println("invalid:", len(ve), "problems")
			for _, fe := range ve {
				fmt.Printf("  - %+v\n", fe)
			}
		case errors.Is(err, ErrDuplicate):
			fmt.Println("dup:", err)
		default:
			fmt.Println("other:", err)
		}
	}
	fmt.Println(len(reg.users))
	err := User{}.Validate()
	fmt.Println(err)
	fmt.Printf("%T\n", err)
	var fe FieldError
	fmt.Println(errors.As(fmt.Errorf("x: %w", FieldError{"f", "m"}), &fe), fe)
}
