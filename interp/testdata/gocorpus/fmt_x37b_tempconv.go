// Named types for temperatures and a flag.Value for parsing them, after
// sections 2.5 and 7.4.
package main

import (
	"flag"
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%g°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%g°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%gK", float64(k)) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }
func KToC(k Kelvin) Celsius     { return Celsius(k) + AbsoluteZeroC }

// celsiusFlag satisfies the flag.Value interface.
type celsiusFlag struct{ Celsius }

func (f *celsiusFlag) Set(s string) error {
	var unit string
	var value float64
	fmt.Sscanf(s, "%f%s", &value, &unit)
	switch strings.ToUpper(unit) {
	case "C", "°C":
		f.Celsius = Celsius(value)
		return nil
	case "F", "°F":
		f.Celsius = FToC(Fahrenheit(value))
		return nil
	case "K":
		f.Celsius = KToC(Kelvin(value))
		return nil
	}
	return fmt.Errorf("invalid temperature %q", s)
}

func CelsiusFlag(fs *flag.FlagSet, name string, value Celsius, usage string) *Celsius {
	f := celsiusFlag{value}
	fs.Var(&f, name, usage)
	return &f.Celsius
}

func main() {
	fmt.Printf("%g\n", BoilingC-FreezingC)
	boilingF := CToF(BoilingC)
	fmt.Printf("%g\n", boilingF-CToF(FreezingC))
	fmt.Println(AbsoluteZeroC, CToK(AbsoluteZeroC), CToF(-40), FToC(212))

	c := FToC(212.0)
	fmt.Println(c.String())
	fmt.Printf("%v %s %g %.1f %T\n", c, c, c, c, c)
	fmt.Println(float64(c))
	fmt.Printf("%v %+v %#v\n", []Celsius{1, 2.5}, struct{ T Kelvin }{300}, Fahrenheit(451))

	for _, args := range [][]string{
		{},
		{"-temp", "-18C"},
		{"-temp", "212°F"},
		{"-temp=273.15K"},
		{"-temp", "98.6F", "rest", "args"},
	} {
		fs := flag.NewFlagSet("tempflag", flag.ContinueOnError)
		temp := CelsiusFlag(fs, "temp", 20.0, "the temperature")
		if err := fs.Parse(args); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-32s -> %.4g (%v) rest=%v\n", fmt.Sprintf("%q", args), float64(*temp), CToK(*temp), fs.Args())
	}
	fs := flag.NewFlagSet("tempflag", flag.ContinueOnError)
	var sb strings.Builder
	fs.SetOutput(&sb)
	CelsiusFlag(fs, "temp", 20.0, "the temperature")
	err := fs.Parse([]string{"-temp", "hot"})
	fmt.Println("error:", err)
	fmt.Print(sb.String())
}
