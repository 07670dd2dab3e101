package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFoundError struct {
	Resource string
	ID       int
}

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("%s #%d not found", e.Resource, e.ID)
}

func (e *NotFoundError) Is(target error) bool {
	return target == ErrNotFound
}

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type OpError struct {
	Op  string
	Err error
}

func (e OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e OpError) Unwrap() error { return e.Err }

type repo struct {
	data map[int]string
}

func (r *repo) find(id int) (string, error) {
	if id < 0 {
		return "", OpError{"find", ErrPermission}
	}
	v, ok := r.data[id]
	if !ok {
		return "", OpError{"find", &NotFoundError{"user", id}}
	}
	return v, nil
}

func handle(r *repo, id int) string {
	v, err := r.find(id)
	switch {
	case err == nil:
		return "found " + v
	case errors.Is(err, ErrNotFound):
		var nf *NotFoundError
		errors.As(err, &nf)
		return fmt.Sprintf("404 (%s, id=%d) [%v]", nf.Resource, nf.ID, err)
	case errors.Is(err, ErrPermission):
		return "403 " + err.Error()
	}
	return "500"
}

func main() {
	r := &repo{data: map[int]string{1: "ann", 2: "bo"}}
	for _, id := range []int{1, 3, -1, 2} {
		fmt.Println(handle(r, id))
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", OpError{"read", ErrNotFound}))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Unwrap(errors.Unwrap(wrapped)))
	var oe OpError
	fmt.Println(errors.As(wrapped, &oe), oe.Op)
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, ErrPermission)
	fmt.Println(multi, errors.Is(multi, ErrPermission), errors.Unwrap(multi) == nil)
	_, err := os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path)
	}
	var nilErr *NotFoundError
	var e error = nilErr
	fmt.Println(e == nil, nilErr == nil)
}
