package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

// Wrap errors with %w to keep the chain; check with errors.Is / errors.As,
// never by comparing strings.

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempError struct{ Retries int }

func (e TempError) Error() string {
	return fmt.Sprintf("temporary failure after %d retries", e.Retries)
}
func (e TempError) Temporary() bool { return true }

func findUser(id int) error {
	switch id {
	case 1:
		return nil
	case 2:
		return &QueryError{Query: "SELECT * FROM users WHERE id=2", Err: ErrNotFound}
	case 3:
		return fmt.Errorf("findUser(%d): %w", id, ErrPermission)
	case 4:
		return fmt.Errorf("findUser(%d): %v", id, ErrNotFound) // %v breaks the chain
	default:
		return fmt.Errorf("findUser: %w", TempError{Retries: id})
	}
}

func handler(id int) error {
	if err := findUser(id); err != nil {
		return fmt.Errorf("handler: %w", err)
	}
	return nil
}

func main() {
	for id := 1; id <= 5; id++ {
		err := handler(id)
		fmt.Printf("id=%d err=%v\n", id, err)
		if err == nil {
			continue
		}
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound), "is Permission:", errors.Is(err, ErrPermission))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  query:", qe.Query)
		}
		var temp interface{ Temporary() bool }
		if errors.As(err, &temp) {
			fmt.Println("  temporary:", temp.Temporary())
		}
		fmt.Println("  unwrap once:", errors.Unwrap(err))
	}

	// Multiple wrapping with %w twice and errors.Join.
	both := fmt.Errorf("both: %w and %w", ErrNotFound, ErrPermission)
	fmt.Println(both, errors.Is(both, ErrNotFound), errors.Is(both, ErrPermission))
	fmt.Println(errors.Unwrap(both) == nil)

	joined := errors.Join(ErrNotFound, nil, TempError{1})
	fmt.Printf("%q\n", joined.Error())
	var te TempError
	fmt.Println(errors.As(joined, &te), te.Retries)
	fmt.Println(errors.Join(nil, nil) == nil)

	// Standard library sentinel errors.
	pathErr := &fs.PathError{Op: "open", Path: "/nope", Err: fs.ErrNotExist}
	wrapped := fmt.Errorf("config: %w", pathErr)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist))

	_, err := strconv.Atoi("12a")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	fmt.Printf("%T\n", err)
}
