package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type ValidationError struct {
	Field string
	Value any
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

func lookup(id int) (string, error) {
	users := map[int]string{1: "ann", 2: "ben"}
	if id < 0 {
		return "", ValidationError{"id", id}
	}
	name, ok := users[id]
	if !ok {
		return "", &QueryError{Query: "SELECT " + strconv.Itoa(id), Err: ErrNotFound}
	}
	return name, nil
}

func handler(id int) error {
	name, err := lookup(id)
	if err != nil {
		return fmt.Errorf("handler(%d): %w", id, err)
	}
	fmt.Println("hello,", name)
	return nil
}

func validateAll(vals map[string]int) error {
	var errs []error
	for _, k := range []string{"age", "height", "weight"} {
		v, ok := vals[k]
		if !ok {
			errs = append(errs, fmt.Errorf("%s missing", k))
			continue
		}
		if v <= 0 {
			errs = append(errs, ValidationError{k, v})
		}
	}
	return errors.Join(errs...)
}

func main() {
	for _, id := range []int{1, 7, -3} {
		err := handler(id)
		if err == nil {
			continue
		}
		fmt.Println("error:", err)
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Printf("  query error on %q\n", qe.Query)
		}
		if errors.Is(err, ErrNotFound) {
			fmt.Println("  => 404")
		}
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("  validation: %+v\n", ve)
		}
		fmt.Printf("  unwrapped once: %T\n", errors.Unwrap(err))
	}

	err := validateAll(map[string]int{"age": 0, "weight": 70})
	fmt.Println(err)
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)

	multi := fmt.Errorf("two causes: %w and %w", ErrNotFound, fs.ErrPermission)
	fmt.Println(multi, errors.Is(multi, fs.ErrPermission), errors.Is(multi, fs.ErrExist))
	fmt.Println(errors.Unwrap(multi) == nil)

	_, perr := strconv.Atoi("12a")
	var numErr *strconv.NumError
	if errors.As(perr, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err == strconv.ErrSyntax)
	}
	fmt.Printf("%v | %q\n", perr, perr.Error())
	fmt.Println(errors.Join(nil, nil) == nil)
}
