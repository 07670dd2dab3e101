// Exercises: interface holding nil pointer is not nil, errors returning typed nil
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	var e *MyErr
	fmt.Println(e == nil)
	var i interface{} = e
	fmt.Println(i == nil, i.(*MyErr) == nil)
	fmt.Printf("%T %v\n", err, mayFail(true))
}
