// Exercises: distinct named float types Celsius/Fahrenheit with conversion methods and Stringers.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) ToK() Kelvin     { return Kelvin(c - AbsoluteZeroC) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }

func main() {
	for _, c := range []Celsius{AbsoluteZeroC, FreezingC, 37, BoilingC} {
		fmt.Println(c, c.ToF(), c.ToK())
	}
	f := Fahrenheit(98.6)
	fmt.Println(f, "=", f.ToC())
	diff := BoilingC - FreezingC
	fmt.Printf("%v %T %g\n", diff, diff, float64(diff))
	var sum Celsius
	for _, c := range []Celsius{20, 22.5, 19} {
		sum += c
	}
	fmt.Println(sum/3, Celsius(float64(sum)/3) > 20)
	fmt.Printf("%s|%v|%.3f\n", FreezingC, []Celsius{1, 2}, float64(BoilingC.ToF()))
}
