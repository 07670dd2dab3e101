// Exercises: comparing interface values with different dynamic types and comparable structs.
package main

import (
	"errors"
	"fmt"
)

type Key struct{ A, B int }

func main() {
	var e1 error = errors.New("x")
	var e2 error = errors.New("x")
	fmt.Println(e1 == e2, e1 == e1)
	var k1 any = Key{1, 2}
	fmt.Println(k1 == Key{1, 2}, k1 == Key{2, 1})
	m := map[any]string{1: "int one", "1": "string one", Key{1, 1}: "key", 1.0: "float one"}
	fmt.Println(m[1], m["1"], m[Key{1, 1}], m[1.0])
	fmt.Println(len(m))
}
