// Exercises: type aliases are identical to the original type; defined types are distinct.
package main

import "fmt"

type MyInt int
type AliasInt = int

func takesInt(n int) int { return n * 2 }

func main() {
	var a AliasInt = 5
	fmt.Println(takesInt(a))
	var m MyInt = 5
	fmt.Println(takesInt(int(m)))
	fmt.Printf("%T %T\n", a, m)
	var x any = a
	_, isInt := x.(int)
	var y any = m
	_, isInt2 := y.(int)
	fmt.Println(isInt, isInt2)
	type B = []byte
	var b B = []byte("hi")
	fmt.Println(string(b))
}
