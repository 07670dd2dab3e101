// Exercises: comparison - interfaces compare dynamic type and value; typed nil in interface is not nil; uncomparable panic
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my" }

type Code int

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func main() {
	var a, b interface{} = 1, 1.0
	fmt.Println("int 1 vs float 1 in interfaces:", a == b)
	var c interface{} = Code(1)
	fmt.Println("int vs named Code:", a == c, c == Code(1))
	err := find(false)
	fmt.Println("typed nil pointer as error is nil:", err == nil)
	var e error
	fmt.Println("zero error is nil:", e == nil)
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println("distinct errors.New equal:", e1 == e2, e1 == e1)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var s1, s2 interface{} = []int{1}, []int{1}
	fmt.Println("comparing slices in interfaces:", s1 == s2)
}
