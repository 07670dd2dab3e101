// Go prints "unwrappable"; the session: CompileError (by design) "a type switch case on interface{ Unwrap() error }, an interface written in the notebook, ... not supported".
package main

import (
	"errors"
	"fmt"
)

func main() {
	var err error = fmt.Errorf("w: %w", errors.New("x"))
	switch err.(type) {
	case interface{ Unwrap() error }:
		fmt.Println("unwrappable")
	default:
		fmt.Println("plain")
	}
}
