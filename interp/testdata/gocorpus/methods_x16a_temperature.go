package main

import (
	"errors"
	"fmt"
	"math"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit   { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius   { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type Thermostat struct {
	target  Celsius
	current Celsius
	min     Celsius
	max     Celsius
	history []Celsius
}

var ErrRange = errors.New("out of range")

func NewThermostat(min, max Celsius) *Thermostat {
	return &Thermostat{min: min, max: max, target: (min + max) / 2, current: min}
}

func (t *Thermostat) Target() Celsius { return t.target }

func (t *Thermostat) SetTarget(c Celsius) error {
	if c < t.min || c > t.max {
		return fmt.Errorf("target %v not in [%v, %v]: %w", c, t.min, t.max, ErrRange)
	}
	t.target = c
	return nil
}

func (t *Thermostat) Tick() string {
	diff := t.target - t.current
	step := Celsius(math.Copysign(math.Min(math.Abs(float64(diff)), 1.5), float64(diff)))
	t.current += step
	t.history = append(t.history, t.current)
	switch {
	case step > 0:
		return "heating"
	case step < 0:
		return "cooling"
	default:
		return "idle"
	}
}

func main() {
	th := NewThermostat(15, 28)
	fmt.Println(th.Target(), th.Target().ToF())
	for _, want := range []Celsius{30, 20, 14.5} {
		if err := th.SetTarget(want); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrRange))
		}
	}
	for i := 0; i < 5; i++ {
		fmt.Printf("%d %s %v\n", i, th.Tick(), th.current)
	}
	th.SetTarget(18)
	for i := 0; i < 3; i++ {
		fmt.Println(th.Tick(), th.current)
	}
	fmt.Println(th.history)
	fmt.Println(Fahrenheit(212).ToC(), Celsius(-40).ToF(), Celsius(37).ToF().ToC())
	fmt.Printf("%v %.2f %s\n", Celsius(0), Celsius(1)/3, Fahrenheit(98.6))
}
