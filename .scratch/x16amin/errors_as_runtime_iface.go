// go run:      runtime error
// gobackprop:  error "Unsupported: a value of type runtime.boundsError, which has the methods of
//              interface{RuntimeError()}, asserted to that interface of the notebook: gobackprop
//              cannot hold a value of that compiled type in it; ..." (both styles; clear error)

package main

import (
	"errors"
	"fmt"
)

func main() {
	var err error
	func() {
		defer func() { err = fmt.Errorf("caught: %w", recover().(error)) }()
		var a []int
		_ = a[3]
	}()
	var re interface{ RuntimeError() }
	if errors.As(err, &re) {
		fmt.Println("runtime error")
	}
}
