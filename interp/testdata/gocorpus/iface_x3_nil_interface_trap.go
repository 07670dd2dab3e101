// Exercises: a nil pointer stored in an interface is not a nil interface
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func safe(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	fmt.Println(mayFail(false) == nil, mayFail(true) == nil)
	fmt.Println(safe(false) == nil, safe(true) == nil)
	var e error = (*MyErr)(nil)
	fmt.Printf("%T %v\n", e, e == nil)
}
