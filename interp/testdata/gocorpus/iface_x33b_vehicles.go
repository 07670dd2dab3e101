package main

import (
	"fmt"
	"strings"
)

type Vehicle interface {
	Wheels() int
	Drive(km float64) error
	fmt.Stringer
}

type Engine struct {
	FuelLiters  float64
	Consumption float64 // liters per 100 km
}

func (e *Engine) burn(km float64) error {
	need := km * e.Consumption / 100
	if need > e.FuelLiters {
		return &FuelError{Need: need, Have: e.FuelLiters}
	}
	e.FuelLiters -= need
	return nil
}

type FuelError struct {
	Need, Have float64
}

func (f *FuelError) Error() string {
	return fmt.Sprintf("not enough fuel: need %.1fL, have %.1fL", f.Need, f.Have)
}

type Car struct {
	Make  string
	Model string
	Engine
	odometer float64
}

func (c *Car) Wheels() int { return 4 }
func (c *Car) Drive(km float64) error {
	if err := c.burn(km); err != nil {
		return fmt.Errorf("%s %s: %w", c.Make, c.Model, err)
	}
	c.odometer += km
	return nil
}
func (c *Car) String() string {
	return fmt.Sprintf("%s %s (%.0f km, %.1fL left)", c.Make, c.Model, c.odometer, c.FuelLiters)
}

type Bicycle struct {
	Gears    int
	odometer float64
}

func (b *Bicycle) Wheels() int { return 2 }
func (b *Bicycle) Drive(km float64) error {
	if km > 200 {
		return fmt.Errorf("bicycle: %v km is too far for one day", km)
	}
	b.odometer += km
	return nil
}
func (b *Bicycle) String() string {
	return fmt.Sprintf("Bicycle/%d gears (%.0f km)", b.Gears, b.odometer)
}

type Truck struct {
	Car
	LoadKg int
}

func (t *Truck) Wheels() int { return 6 + 2*(t.LoadKg/10000) }

func main() {
	fleet := []Vehicle{
		&Car{Make: "Toyota", Model: "Corolla", Engine: Engine{40, 6.5}},
		&Bicycle{Gears: 21},
		&Truck{Car: Car{Make: "Volvo", Model: "FH", Engine: Engine{300, 30}}, LoadKg: 24000},
	}
	trips := []float64{120, 250, 500, 900}
	for _, km := range trips {
		fmt.Printf("--- trip of %v km ---\n", km)
		for _, v := range fleet {
			if err := v.Drive(km); err != nil {
				fmt.Println("  error:", err)
				continue
			}
			fmt.Printf("  %-8T ok: %v\n", v, v)
		}
	}
	wheels := 0
	var names []string
	for _, v := range fleet {
		wheels += v.Wheels()
		names = append(names, strings.Fields(v.String())[0])
	}
	fmt.Println("total wheels:", wheels, names)
	t := fleet[2].(*Truck)
	fmt.Println(t.Make, t.Car.Wheels(), t.Wheels(), t.FuelLiters)
	var fe *FuelError
	err := fleet[0].Drive(10000)
	if e, ok := err.(interface{ Unwrap() error }); ok {
		fe, _ = e.Unwrap().(*FuelError)
	}
	fmt.Printf("%v | %+v\n", err, *fe)
}
