package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type NotFoundError struct{ Key string }

func (e NotFoundError) Error() string { return "not found: " + e.Key }

var ErrPermission = errors.New("permission denied")

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parseAge(%q): %w", s, err)
	}
	if n < 0 || n > 150 {
		return 0, &ValidationError{Field: "age", Value: n}
	}
	return n, nil
}

func lookup(db map[string]string, key string) (string, error) {
	v, ok := db[key]
	if !ok {
		return "", NotFoundError{key}
	}
	if key == "root" {
		return "", fmt.Errorf("lookup %s: %w", key, ErrPermission)
	}
	return v, nil
}

func loadUser(db map[string]string, key string) (int, error) {
	raw, err := lookup(db, key)
	if err != nil {
		return 0, fmt.Errorf("loadUser: %w", err)
	}
	age, err := parseAge(raw)
	if err != nil {
		return 0, fmt.Errorf("loadUser %s: %w", key, err)
	}
	return age, nil
}

func main() {
	db := map[string]string{"ann": "34", "bob": "abc", "cy": "200", "root": "1"}
	for _, k := range []string{"ann", "bob", "cy", "dan", "root"} {
		age, err := loadUser(db, k)
		if err == nil {
			fmt.Println(k, "age", age)
			continue
		}
		fmt.Println("error:", err)
		var ve *ValidationError
		var nf NotFoundError
		var ne *strconv.NumError
		switch {
		case errors.As(err, &ve):
			fmt.Printf("  validation field=%s value=%v\n", ve.Field, ve.Value)
		case errors.As(err, &nf):
			fmt.Printf("  missing key %q\n", nf.Key)
		case errors.As(err, &ne):
			fmt.Printf("  num error func=%s num=%q err=%v\n", ne.Func, ne.Num, ne.Err)
		case errors.Is(err, ErrPermission):
			fmt.Println("  permission problem")
		}
		fmt.Println("  unwrap once:", errors.Unwrap(err))
	}

	joined := errors.Join(ErrPermission, NotFoundError{"x"}, nil)
	fmt.Printf("joined:\n%v\n", joined)
	fmt.Println(errors.Is(joined, ErrPermission), errors.Is(joined, fs.ErrNotExist))

	var target NotFoundError
	fmt.Println(errors.As(joined, &target), target.Key)

	var err error
	var ve *ValidationError
	if err == nil {
		fmt.Println("nil error ok")
	}
	err = ve
	fmt.Println("typed nil is nil?", err == nil)
	fmt.Printf("%T %v\n", err, ve == nil)
}
