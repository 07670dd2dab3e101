package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type NotFoundError struct {
	Key string
}

func (e *NotFoundError) Error() string { return "not found: " + e.Key }

type ValidationError struct {
	Field string
	Err   error
}

func (e ValidationError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e ValidationError) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("empty value")

func lookup(db map[string]string, key string) (string, error) {
	v, ok := db[key]
	if !ok {
		return "", &NotFoundError{key}
	}
	if v == "" {
		return "", ValidationError{key, ErrEmpty}
	}
	return v, nil
}

func parseAge(db map[string]string) (int, error) {
	v, err := lookup(db, "age")
	if err != nil {
		return 0, fmt.Errorf("parseAge: %w", err)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("parseAge: %w", ValidationError{"age", err})
	}
	return n, nil
}

func main() {
	dbs := []map[string]string{
		{"age": "42"},
		{},
		{"age": ""},
		{"age": "x1"},
	}
	for _, db := range dbs {
		n, err := parseAge(db)
		fmt.Println(n, err)
		var nf *NotFoundError
		if errors.As(err, &nf) {
			fmt.Println("  missing key", nf.Key)
		}
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  invalid field", ve.Field)
		}
		if errors.Is(err, ErrEmpty) {
			fmt.Println("  is empty")
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  num error", ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
		}
	}
	j := errors.Join(ErrEmpty, &NotFoundError{"k"})
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrEmpty))
	w := fmt.Errorf("two: %w and %w", ErrEmpty, fs.ErrNotExist)
	fmt.Println(w, errors.Is(w, fs.ErrNotExist), errors.Unwrap(w) == nil)
	_, err := os.Open("/nonexistent/x17b")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path)
	}
	fmt.Printf("%v|%s|%q\n", ErrEmpty, ErrEmpty, ErrEmpty)
	fmt.Printf("%+v\n", ValidationError{"f", ErrEmpty})
	fmt.Printf("%#v\n", &NotFoundError{"z"})
}
