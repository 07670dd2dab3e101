// Returning `nil, err` from inside a range-over-func loop body where err is declared
// in the body (the usual `if err := c.Configure(cfg); err != nil { return nil, err }`
// inside `for part := range strings.SplitSeq(...)`).
//
// go run:      [] bad
// gobackprop:  panic: reflect: New(nil)     (both styles, clear error)
//
// `return nil, errors.New("bad")` and a single-result `return err` work.
// Found in iface_x26b_plugin_registry.go (Build with a Configurable plugin).
package main

import (
	"errors"
	"fmt"
	"slices"
)

func Build() ([]int, error) {
	for range slices.Values([]int{1}) {
		err := errors.New("bad")
		return nil, err
	}
	return nil, nil
}

func main() {
	fmt.Println(Build())
}
