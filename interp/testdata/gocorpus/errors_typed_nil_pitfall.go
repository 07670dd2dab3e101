// Exercises: returning a nil *CustomErr as error yields a non-nil error; fixed version returns nil.
package main

import "fmt"

type CustomErr struct{ why string }

func (c *CustomErr) Error() string { return "custom: " + c.why }

func bad(ok bool) error {
	var e *CustomErr
	if !ok {
		e = &CustomErr{"failed"}
	}
	return e
}

func good(ok bool) error {
	if !ok {
		return &CustomErr{"failed"}
	}
	return nil
}

func main() {
	fmt.Println("bad(true) != nil:", bad(true) != nil)
	fmt.Println("good(true) != nil:", good(true) != nil)
	fmt.Println(bad(false), good(false))
	err := bad(true)
	if ce, ok := err.(*CustomErr); ok {
		fmt.Println("holds *CustomErr, nil?", ce == nil)
	}
}
