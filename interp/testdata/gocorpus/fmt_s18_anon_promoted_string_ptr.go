// Exercises: an unnamed struct type embedding a cell's type with a String or Error method prints with the promoted method (string_ptr)
package main

import "fmt"

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func main() {
	type local struct {
		Tag
		N int
	}
	p := &struct {
		Tag
		N int
	}{"p", 1}
	fmt.Println(p, local{"l", 2}, []local{{"s", 3}})
}
