// Exercises: type conversion method value at top level, and method value of a map element copy
package main

import (
	"fmt"
	"strings"
)

type Word string

func (w Word) Shout() string { return strings.ToUpper(string(w)) + "!" }

type Temp float64

func (t Temp) F() float64 { return float64(t)*9/5 + 32 }

func main() {
	words := map[string]Word{"a": "hello"}
	s := words["a"].Shout
	t := Temp(100).F
	u := Word("hey").Shout()
	fmt.Println(s(), t(), u)
}
