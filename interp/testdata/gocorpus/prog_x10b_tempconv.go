// Exercises: named types Celsius/Fahrenheit/Kelvin, conversions between named types, String methods, a parser returning a fmt.Stringer, arithmetic keeping the named type, %v vs %g of named floats
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type (
	Celsius    float64
	Fahrenheit float64
	Kelvin     float64
)

const (
	AbsZero  Celsius = -273.15
	Freezing Celsius = 0
	Boiling          = Freezing + 100
)

func (c Celsius) String() string    { return strconv.FormatFloat(float64(c), 'g', -1, 64) + "C" }
func (f Fahrenheit) String() string { return strconv.FormatFloat(float64(f), 'g', 4, 64) + "F" }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }

func (c Celsius) F() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) C() Celsius { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) K() Kelvin     { return Kelvin(c - AbsZero) }

// parse reads "21.5C", "70F" or "300K" and returns the value in its own unit.
func parse(s string) (fmt.Stringer, error) {
	if s == "" {
		return nil, fmt.Errorf("empty temperature")
	}
	v, err := strconv.ParseFloat(s[:len(s)-1], 64)
	if err != nil {
		return nil, fmt.Errorf("parse %q: %w", s, err)
	}
	switch strings.ToUpper(s[len(s)-1:]) {
	case "C":
		return Celsius(v), nil
	case "F":
		return Fahrenheit(v), nil
	case "K":
		return Kelvin(v), nil
	}
	return nil, fmt.Errorf("unknown unit in %q", s)
}

func main() {
	fmt.Println(Boiling.F(), Fahrenheit(212).C(), Freezing.K(), AbsZero.K())
	fmt.Printf("%v|%s|%g|%.1f|%T\n", Boiling, Boiling, Boiling, Boiling, Boiling)
	for _, s := range []string{"21.5C", "98.6f", "300K", "12X", "abcC", ""} {
		t, err := parse(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-6v %T\n", t, t)
	}
	c := Fahrenheit(-40).C()
	c += 10
	fmt.Println(c, c*2, float64(c)/3 < 0, Celsius(Fahrenheit(c)) == c)
}
