// Exercises: custom error types with errors.As through a %w chain, custom Is method, errors.Join, wrapping with multiple %w
package main

import (
	"errors"
	"fmt"
	"os"
)

type NotFoundError struct{ Name string }

func (e *NotFoundError) Error() string { return e.Name + ": not found" }

type TempError struct{ Code int }

func (e TempError) Error() string { return fmt.Sprintf("temporary (%d)", e.Code) }
func (e TempError) Is(target error) bool {
	t, ok := target.(TempError)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

func lookup(name string) error {
	switch name {
	case "missing":
		return fmt.Errorf("lookup: %w", &NotFoundError{name})
	case "busy":
		return fmt.Errorf("lookup %s: %w", name, TempError{503})
	case "file":
		return fmt.Errorf("open: %w", os.ErrNotExist)
	}
	return nil
}

func main() {
	for _, n := range []string{"missing", "busy", "file", "ok"} {
		err := lookup(n)
		var nf *NotFoundError
		var te TempError
		fmt.Printf("%s: %v | as-nf=%v as-temp=%v is-temp=%v is-503=%v is-500=%v notexist=%v\n",
			n, err, errors.As(err, &nf), errors.As(err, &te),
			errors.Is(err, TempError{}), errors.Is(err, TempError{503}), errors.Is(err, TempError{500}),
			errors.Is(err, os.ErrNotExist))
	}
	j := errors.Join(lookup("missing"), nil, lookup("busy"))
	fmt.Println(j)
	var nf *NotFoundError
	fmt.Println(errors.As(j, &nf), nf.Name, errors.Is(j, TempError{503}))
	both := fmt.Errorf("both: %w and %w", lookup("file"), lookup("busy"))
	fmt.Println(both, errors.Is(both, os.ErrNotExist), errors.Is(both, TempError{}))
}
