// Exercises: an unnamed struct type embedding a cell's type with a String or Error method prints with the promoted method (string)
package main

import "fmt"

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func main() {
	v := struct {
		Tag
		Count int
	}{"go", 3}
	fmt.Println(v)
}
