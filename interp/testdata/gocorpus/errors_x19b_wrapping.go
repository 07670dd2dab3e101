package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrInvalid = errors.New("invalid")

type ValidationError struct {
	Field string
	Err   error
}

func (e *ValidationError) Error() string { return "field " + e.Field + ": " + e.Err.Error() }
func (e *ValidationError) Unwrap() error { return e.Err }

type TempErr struct{ attempts int }

func (t TempErr) Error() string   { return "temporary failure after " + strconv.Itoa(t.attempts) }
func (t TempErr) Temporary() bool { return true }

func lookup(id int) (string, error) {
	switch {
	case id < 0:
		return "", &ValidationError{"id", ErrInvalid}
	case id > 100:
		return "", fmt.Errorf("lookup %d: %w", id, ErrNotFound)
	case id == 13:
		return "", TempErr{3}
	}
	return "user" + strconv.Itoa(id), nil
}

func main() {
	for _, id := range []int{7, -1, 500, 13} {
		v, err := lookup(id)
		var ve *ValidationError
		var temp interface{ Temporary() bool }
		switch {
		case err == nil:
			fmt.Println("ok:", v)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.As(err, &ve):
			fmt.Println("validation on", ve.Field, "is invalid:", errors.Is(err, ErrInvalid))
		case errors.As(err, &temp):
			fmt.Println("temp:", temp.Temporary(), err)
		}
	}

	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)

	joined := errors.Join(ErrInvalid, nil, ErrNotFound)
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Is(joined, ErrNotFound), errors.Is(joined, fs.ErrExist))

	multi := fmt.Errorf("both: %w and %w", ErrInvalid, ErrNotFound)
	fmt.Println(multi, errors.Is(multi, ErrInvalid), errors.Is(multi, ErrNotFound))

	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.As(err, &pe), pe.Op)

	_, err = strconv.Atoi("12a")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	}
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	var nilErr *ValidationError
	var asErr error = nilErr
	fmt.Println(asErr == nil, nilErr == nil)
}
