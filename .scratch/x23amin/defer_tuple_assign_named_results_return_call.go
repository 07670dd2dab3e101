// Tuple assignment of a composite literal to named results inside a deferred closure,
// in a function whose body ends in `return call()` returning two values.
// go run:      {500} <nil>
// gobackprop:  CompileError: undefined: _gbpR4   (both styles; clear error)
// (assigning only resp = Response{Code: 500} works; int instead of the struct works.)
// From closure_x23a_middleware.go (a Recover middleware).
package main

import "fmt"

type Response struct{ Code int }

func handle(next func() (Response, error)) (resp Response, err error) {
	defer func() {
		if recover() != nil {
			resp, err = Response{Code: 500}, nil
		}
	}()
	return next()
}

func main() {
	fmt.Println(handle(func() (Response, error) { panic("x") }))
}
