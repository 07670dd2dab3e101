// Exercises: custom error types with pointer and value receivers, errors.As to each, wrapped twice, Is method on custom type
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && (t == 0 || t == c)
}

func lookup(k string) error {
	switch k {
	case "a":
		return nil
	case "b":
		return fmt.Errorf("lookup %q: %w", k, &NotFound{k})
	default:
		return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", Code(404)))
	}
}

func main() {
	for _, k := range []string{"a", "b", "c"} {
		err := lookup(k)
		var nf *NotFound
		var c Code
		switch {
		case err == nil:
			fmt.Println(k, "ok")
		case errors.As(err, &nf):
			fmt.Println(k, "NotFound key", nf.Key, "|", err)
		case errors.As(err, &c):
			fmt.Println(k, "Code", int(c), "|", err, "| any code:", errors.Is(err, Code(0)), errors.Is(err, Code(500)))
		}
	}
	var target *NotFound
	fmt.Println(errors.As(errors.New("plain"), &target), target == nil)
}
