package main

import "fmt"

type Acct struct{ Bal int }

// Notebook style only: a variable declared inside a top-level loop body and a later
// top-level `v, ok :=` of another type with the same name: "panic: reflect.Set: value of
// type struct { Bal int } is not assignable to type string". Program style is right.
func main() {
	for _, a := range []Acct{{1}} {
		v := a
		v.Bal = 0
	}
	m := map[string]string{"k": "x"}
	v, ok := m["k"]
	fmt.Println(v, ok)
}
