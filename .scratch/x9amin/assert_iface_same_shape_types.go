// Exercises: asserting to an interface values of two user types of the same structure (Dog has the method, Cat not)
package main

import "fmt"

type Named interface{ Name() string }
type Dog struct{ n string }

func (d Dog) Name() string { return d.n }

type Cat struct{ n string }

func main() {
	things := []interface{}{Dog{"rex"}, Cat{"tom"}}
	for _, t := range things {
		if nm, ok := t.(Named); ok {
			fmt.Println("named", nm.Name())
		} else {
			fmt.Printf("%T %v\n", t, t)
		}
	}
}
