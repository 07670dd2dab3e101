// Exercises: notebook style: a method value of a conversion C(13).Enc at a cell top level
package main

import "fmt"

type C int

func (c C) Enc(s string) string { return s + fmt.Sprint(int(c)) }

func main() {
	rot := C(13).Enc
	fmt.Println(rot("x"))
}
