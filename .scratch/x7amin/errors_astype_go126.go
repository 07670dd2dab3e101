package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return e.Key + " not found" }

// Go 1.26: errors.AsType[E](err) - "CompileError: undefined: errors.AsType".
func main() {
	err := fmt.Errorf("load: %w", &NotFound{"cfg"})
	nf, ok := errors.AsType[*NotFound](err)
	fmt.Println(ok, nf.Key)
}
