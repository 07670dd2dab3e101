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

func (f FieldError) Error() string { return f.Field + ": " + f.Msg }

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

var ErrNotFound = errors.New("not found")

type User struct {
	Name  string
	Email string
	Age   int
}

func parseUser(line string) (User, error) {
	parts := strings.Split(line, ",")
	if len(parts) != 3 {
		return User{}, fmt.Errorf("parseUser %q: want 3 fields, got %d", line, len(parts))
	}
	age, err := strconv.Atoi(strings.TrimSpace(parts[2]))
	if err != nil {
		return User{}, fmt.Errorf("parseUser %q: age: %w", line, err)
	}
	return User{strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), age}, nil
}

func (u User) Validate() error {
	var errs ValidationErrors
	if u.Name == "" {
		errs = append(errs, FieldError{"name", "required"})
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, FieldError{"email", "invalid " + strconv.Quote(u.Email)})
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, FieldError{"age", "out of range"})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func lookup(db map[string]User, name string) (User, error) {
	u, ok := db[name]
	if !ok {
		return User{}, fmt.Errorf("lookup %s: %w", name, ErrNotFound)
	}
	return u, nil
}

func main() {
	db := map[string]User{}
	for _, line := range []string{"ann, ann@x.org, 30", "bob,bob-at-home,200", ",, -1", "eve,eve@y", "zed, z@z, old"} {
		u, err := parseUser(line)
		if err != nil {
			var ne *strconv.NumError
			fmt.Println("parse error:", err, "| numErr:", errors.As(err, &ne))
			continue
		}
		if err := u.Validate(); err != nil {
			var ve ValidationErrors
			if errors.As(err, &ve) {
				fmt.Printf("invalid %q: %d problems: %v\n", u.Name, len(ve), err)
			}
			var fe FieldError
			fmt.Println("  first field error via As:", errors.As(err, &fe))
			continue
		}
		db[u.Name] = u
	}
	fmt.Println(db)
	_, err := lookup(db, "bob")
	fmt.Println(err, errors.Is(err, ErrNotFound), err == ErrNotFound)
	u, err := lookup(db, "ann")
	fmt.Printf("%+v %v\n", u, err)
	var nilErr ValidationErrors
	var e error = nilErr
	fmt.Println(e == nil, nilErr == nil)
}
