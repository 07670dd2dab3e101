// go run:      recovered: runtime error: integer divide by zero / runtime error: true
// gobackprop:  prints the first line, then Unsupported: a value of type runtime.errorString,
//
//	which has the methods of interface{RuntimeError()}, asserted to that interface
//	of the notebook: gobackprop cannot hold a value of that compiled type in it ...
//	(both styles)
package main

import (
	"errors"
	"fmt"
)

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %w", r.(error))
		}
	}()
	return a / b, nil
}

func main() {
	_, err := div(4, 0)
	fmt.Println(err)
	var re interface{ RuntimeError() }
	fmt.Println("runtime error:", errors.As(err, &re))
}
