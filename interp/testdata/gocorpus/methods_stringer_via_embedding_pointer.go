// Exercises: methods declared on a type used through a type definition lose methods, alias keeps them.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Temp Celsius
type TempAlias = Celsius

func main() {
	var c Celsius = 21.5
	var t Temp = Temp(c)
	var a TempAlias = c
	fmt.Println(c, t, a)
	fmt.Println(Celsius(t).String(), a.String())
	fmt.Printf("%T %T %T\n", c, t, a)
}
