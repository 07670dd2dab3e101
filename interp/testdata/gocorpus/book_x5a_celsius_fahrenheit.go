// Exercises: Celsius and Fahrenheit named float64 types with String, typed constants, conversions, comparisons, map keys.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%g°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%g°F", float64(f)) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

func main() {
	fmt.Printf("%g\n", BoilingC-FreezingC)
	boilingF := CToF(BoilingC)
	fmt.Printf("%g\n", boilingF-CToF(FreezingC))
	c := FToC(212.0)
	fmt.Println(c.String(), c, boilingF)
	fmt.Printf("%v %s %.1f %g\n", c, c, c, c)
	fmt.Println(c == BoilingC, Celsius(boilingF) > c, AbsoluteZeroC < FreezingC)
	names := map[Celsius]string{FreezingC: "freezing", BoilingC: "boiling"}
	fmt.Println(names[FToC(32)], names)
	temps := []Celsius{AbsoluteZeroC, 37, BoilingC}
	fmt.Println(temps)
	var s fmt.Stringer = CToF(-40)
	fmt.Println(s, s == Fahrenheit(-40))
	type pair struct {
		C Celsius
		F Fahrenheit
	}
	fmt.Printf("%v %+v\n", pair{20, CToF(20)}, pair{C: 30})
}
