// x8b: Go prints "false false"; both styles print "false true" - SILENT: == on error values of two same-structure types.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ name string }
type Denied struct{ name string }

func (e NotFound) Error() string { return "not found: " + e.name }
func (e Denied) Error() string   { return "denied: " + e.name }

func main() {
	var err error = Denied{"x"}
	fmt.Println(errors.Is(err, NotFound{"x"}), err == error(NotFound{"x"}))
}
