// Exercises: an interface holding a typed nil pointer is not equal to nil.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"not found"}
	}
	return p
}

func findGood(fail bool) error {
	if fail {
		return &MyErr{"not found"}
	}
	return nil
}

func main() {
	var p *MyErr
	var err error = p
	fmt.Println(p == nil, err != nil)
	fmt.Println(err.Error())
	fmt.Println(find(false) != nil, find(true) != nil)
	fmt.Println(findGood(false) != nil, findGood(true) != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
}
