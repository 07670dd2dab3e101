package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type QueryError struct {
	Query string
	Err   error
}

func (e QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e QueryError) Unwrap() error { return e.Err }

func find(id int) error {
	switch {
	case id < 0:
		return &ValidationError{"id", id}
	case id > 100:
		return QueryError{"select " + strconv.Itoa(id), ErrNotFound}
	case id == 13:
		return fmt.Errorf("lookup %d: %w", id, fs.ErrPermission)
	}
	return nil
}

func loadAll(ids []int) error {
	var errs []error
	for _, id := range ids {
		if err := find(id); err != nil {
			errs = append(errs, fmt.Errorf("id %d: %w", id, err))
		}
	}
	return errors.Join(errs...)
}

func main() {
	for _, id := range []int{5, -1, 200, 13} {
		err := find(id)
		fmt.Printf("%d: %v\n", id, err)
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  validation on field", ve.Field)
		}
		var qe QueryError
		if errors.As(err, &qe) {
			fmt.Println("  query was", qe.Query)
		}
		fmt.Println("  notfound:", errors.Is(err, ErrNotFound), "perm:", errors.Is(err, fs.ErrPermission))
	}
	err := loadAll([]int{1, -2, 300, 13})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	multi := fmt.Errorf("two: %w and %w", ErrNotFound, fs.ErrExist)
	fmt.Println(multi, errors.Is(multi, fs.ErrExist))
	_, perr := strconv.Atoi("12x")
	var ne *strconv.NumError
	fmt.Println(errors.As(perr, &ne), ne.Func, ne.Num, ne.Err)
	fmt.Println(loadAll(nil) == nil)
}
