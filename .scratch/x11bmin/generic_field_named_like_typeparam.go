package main

import "fmt"

type Temp float64

type Pair[A, B any] struct {
	A A
	B B
}

func main() {
	// go: {1 2}
	// gobackprop: panic(*interp.cfgError): 2:52: CFG post-order panic: reflect.StructOf: field 0 has invalid name
	// (fields named like the type parameters, instantiated with a type of the notebook;
	// with float64, or with fields First/Second, it runs)
	fmt.Printf("%v\n", Pair[Temp, int]{1, 2})
}
