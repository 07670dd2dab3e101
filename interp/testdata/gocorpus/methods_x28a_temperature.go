package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Kelvin float64
type Celsius float64
type Fahrenheit float64
type Rankine float64

type Temperature interface {
	ToKelvin() Kelvin
	fmt.Stringer
}

func (k Kelvin) ToKelvin() Kelvin       { return k }
func (c Celsius) ToKelvin() Kelvin      { return Kelvin(c + 273.15) }
func (f Fahrenheit) ToKelvin() Kelvin   { return Kelvin((f + 459.67) * 5 / 9) }
func (r Rankine) ToKelvin() Kelvin      { return Kelvin(r * 5 / 9) }
func (k Kelvin) String() string         { return strconv.FormatFloat(float64(k), 'f', 2, 64) + " K" }
func (c Celsius) String() string        { return fmt.Sprintf("%.2f °C", float64(c)) }
func (f Fahrenheit) String() string     { return fmt.Sprintf("%.2f °F", float64(f)) }
func (r Rankine) String() string        { return fmt.Sprintf("%.2f °R", float64(r)) }
func (k Kelvin) Celsius() Celsius       { return Celsius(k - 273.15) }
func (k Kelvin) Fahrenheit() Fahrenheit { return Fahrenheit(k*9/5 - 459.67) }
func (k Kelvin) Rankine() Rankine       { return Rankine(k * 9 / 5) }

var ErrBelowZero = errors.New("below absolute zero")

func Parse(s string) (Temperature, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, errors.New("empty input")
	}
	unit := s[len(s)-1]
	v, err := strconv.ParseFloat(strings.TrimSpace(s[:len(s)-1]), 64)
	if err != nil {
		return nil, fmt.Errorf("parse %q: %w", s, err)
	}
	var t Temperature
	switch unit {
	case 'K', 'k':
		t = Kelvin(v)
	case 'C', 'c':
		t = Celsius(v)
	case 'F', 'f':
		t = Fahrenheit(v)
	case 'R', 'r':
		t = Rankine(v)
	default:
		return nil, fmt.Errorf("unknown unit %q", unit)
	}
	if t.ToKelvin() < 0 {
		return nil, fmt.Errorf("%v: %w", t, ErrBelowZero)
	}
	return t, nil
}

type Reading struct {
	Temperature
	Place string
}

func main() {
	k := Kelvin(21)
	convs := []func(Kelvin) fmt.Stringer{
		func(k Kelvin) fmt.Stringer { return k },
		func(k Kelvin) fmt.Stringer { return k.Celsius() },
		func(k Kelvin) fmt.Stringer { return k.Fahrenheit() },
		func(k Kelvin) fmt.Stringer { return k.Rankine() },
	}
	for _, f := range convs {
		fmt.Println(f(k))
	}

	toC := Kelvin.Celsius
	fah := k.Fahrenheit
	fmt.Println(toC(300), fah(), fmt.Sprintf("%T", toC))

	var readings []Reading
	for _, in := range []string{"100C", "212 F", "0K", "-300C", "12X", "abcC", "491.67R", "  -40f "} {
		t, err := Parse(in)
		if err != nil {
			fmt.Printf("%-10q error: %v (below zero: %t)\n", in, err, errors.Is(err, ErrBelowZero))
			continue
		}
		readings = append(readings, Reading{t, in})
		fmt.Printf("%-10q %-12v = %v\n", in, t, t.ToKelvin())
	}
	sort.SliceStable(readings, func(i, j int) bool {
		return readings[i].ToKelvin() < readings[j].ToKelvin()
	})
	for _, r := range readings {
		fmt.Printf("%s|%v|%.1f\n", strings.TrimSpace(r.Place), r, float64(r.ToKelvin().Celsius()))
	}
	fmt.Printf("%v %+v\n", Celsius(-40).ToKelvin().Fahrenheit(), readings[0])
}
