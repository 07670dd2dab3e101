// go run:      celsius 1 / fahrenheit 2
// gobackprop:  CompileError: a type switch case on Celsius for a value that may also hold a
//
//	Fahrenheit (the interpreter cannot tell the two apart) is not supported by
//	gobackprop: keep values of one of the two types in this interface, or give them
//	different structures   (both styles)
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) String() string    { return "C" }
func (f Fahrenheit) String() string { return "F" }

func kind(t fmt.Stringer) string {
	switch v := t.(type) {
	case Celsius:
		return fmt.Sprint("celsius ", float64(v))
	case Fahrenheit:
		return fmt.Sprint("fahrenheit ", float64(v))
	}
	return "?"
}

func main() {
	fmt.Println(kind(Celsius(1)), "/", kind(Fahrenheit(2)))
}
