// Exercises: the typed-nil interface trap: a nil *MyErr returned as error is not == nil; the fix returns a literal nil; reflect-free detection via a type assertion.
package main

import "fmt"

type MyErr struct{ Code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return fmt.Sprintf("code %d", e.Code)
}

func bad(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{500}
	}
	return p // typed nil when !fail
}

func good(fail bool) error {
	if fail {
		return &MyErr{500}
	}
	return nil
}

func main() {
	e1 := bad(false)
	e2 := good(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Println(e1, e2)
	fmt.Printf("%T %T\n", e1, e2)
	if p, ok := e1.(*MyErr); ok {
		fmt.Println("holds *MyErr, nil pointer:", p == nil)
	}
	e3 := bad(true)
	fmt.Println(e3 != nil, e3)
	var iface any = (*MyErr)(nil)
	fmt.Println(iface == nil, iface.(*MyErr) == nil)
}
