// Exercises: conversions between named types with the same underlying type.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

type UserID int
type OrderID int

func main() {
	boiling := Celsius(100)
	fmt.Println(CToF(boiling), FToC(CToF(boiling)))
	fmt.Printf("%T %T\n", boiling, CToF(boiling))
	u := UserID(42)
	o := OrderID(u)
	fmt.Println(u, o, int(u)+int(o))
	const raw = 7
	var uid UserID = raw
	fmt.Println(uid)
	type Names []string
	ns := Names([]string{"a", "b"})
	back := []string(ns)
	fmt.Println(ns, back)
}
