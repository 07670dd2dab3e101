// Exercises: temperature conversion with Celsius and Fahrenheit float types, each with its own String
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	for _, c := range []Celsius{-40, 0, 37, 100} {
		fmt.Println(c, "=", CToF(c))
	}
	vals := []any{Celsius(1), Fahrenheit(2), 3.0}
	fmt.Println(vals...)
	fmt.Printf("%v %v %v|%T %T %T\n", vals[0], vals[1], vals[2], vals[0], vals[1], vals[2])
	fmt.Println(Celsius(5), 2.5, float64(Celsius(5)))
}
