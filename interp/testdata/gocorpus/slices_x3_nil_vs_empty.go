// Exercises: nil slice vs empty slice, len/cap of nil, append to nil, range over nil
package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var a []int
	b := []int{}
	fmt.Println(a == nil, b == nil, len(a), cap(b))
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	fmt.Println(string(ja), string(jb))
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, a == nil)
}
