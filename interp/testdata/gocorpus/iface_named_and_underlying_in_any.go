// Exercises: values of named non-struct types (MyInt, Celsius with String, a named map and slice) and their underlying types in one interface{}: ==, map[any] keys, slices.Index, value and type switches, assertions both ways, %T and %v
package main

import (
	"fmt"
	"slices"
)

type MyInt int
type Celsius float64
type Name string

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	var a any = MyInt(1)
	var b any = 1
	fmt.Println(a == b, a == any(MyInt(1)))
	m := map[any]string{MyInt(1): "myint", 1: "int"}
	fmt.Println(len(m), m[MyInt(1)], m[1])
	xs := []any{1, MyInt(1), Name("x"), "x"}
	fmt.Println(slices.Index(xs, any(MyInt(1))), slices.Index(xs, any("x")))
	switch a {
	case 1:
		fmt.Println("int one")
	case MyInt(1):
		fmt.Println("myint one")
	}
	switch v := a.(type) {
	case int:
		fmt.Println("int", v)
	case MyInt:
		fmt.Println("MyInt", v)
	}
	var c any = Celsius(20)
	fmt.Println(c, c == any(20.0))
	fmt.Printf("%T %T %v\n", a, c, c)
	_, ok := a.(int)
	fmt.Println(ok)
}
