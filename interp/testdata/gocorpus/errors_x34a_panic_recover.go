package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type ValidationError struct {
	Field string
	Issue string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Issue }

type MultiError []error

func (m MultiError) Error() string {
	parts := make([]string, len(m))
	for i, e := range m {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: %s", len(m), strings.Join(parts, "; "))
}

func (m MultiError) Unwrap() []error { return m }

type User struct {
	Name  string
	Age   int
	Email string
}

func validate(u User) error {
	var errs MultiError
	if strings.TrimSpace(u.Name) == "" {
		errs = append(errs, ValidationError{"name", "required"})
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, ValidationError{"age", "out of range " + strconv.Itoa(u.Age)})
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, &os.PathError{Op: "lookup", Path: u.Email, Err: os.ErrNotExist})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Errorf("mustPositive: got %d", n))
	}
	return n
}

func safe(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = fmt.Errorf("recovered error: %w", r)
		default:
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func cleanupOrder() (s string) {
	defer func() { s += " c" }()
	defer func() { s += " b" }()
	for i := 0; i < 3; i++ {
		defer func() { s += strconv.Itoa(i) }()
	}
	return "a"
}

func main() {
	users := []User{{"ann", 30, "ann@x.org"}, {"", 200, "nope"}, {"bob", -1, "b@y"}}
	for _, u := range users {
		err := validate(u)
		var ve ValidationError
		fmt.Printf("%-5q err=%v\n", u.Name, err)
		if errors.As(err, &ve) {
			fmt.Println("   first validation field:", ve.Field)
		}
		if errors.Is(err, os.ErrNotExist) {
			fmt.Println("   email lookup failed")
		}
	}
	fmt.Println(safe(func() { mustPositive(3) }))
	err := safe(func() { mustPositive(-2) })
	fmt.Println(err, errors.Unwrap(errors.Unwrap(err)) == nil)
	fmt.Println(safe(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(safe(func() {
		a := []int{1, 2, 3}
		idx := 5
		_ = a[idx]
	}))
	fmt.Println(safe(func() { panic("plain string") }))
	fmt.Println(safe(func() {
		var s fmt.Stringer
		_ = s.String()
	}) != nil)
	fmt.Println(safe(func() {
		var x any = "str"
		_ = x.(int)
	}))
	fmt.Println(cleanupOrder())
	_, err = strconv.Atoi("")
	fmt.Printf("%v | %#v\n", err, ValidationError{"f", "i"})
}
