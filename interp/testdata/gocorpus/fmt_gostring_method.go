// Exercises: GoString method used by %#v, String by %v.
package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) String() string   { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }
func (v Vec) GoString() string { return fmt.Sprintf("NewVec(%d, %d)", v.X, v.Y) }

type Plain struct{ A int }

func main() {
	v := Vec{3, -1}
	fmt.Printf("%v %s %#v\n", v, v, v)
	fmt.Printf("%#v\n", []Vec{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", Plain{5})
	fmt.Printf("%#v\n", &Plain{6})
	fmt.Printf("%#v %#v %#v\n", 42, "str", []string{"a"})
}
