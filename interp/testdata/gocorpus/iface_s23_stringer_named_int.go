// Exercises: a type switch on a fmt.Stringer with a case on a named int (never taken before: silent)
package main

import "fmt"

type Cents int

func (c Cents) String() string { return fmt.Sprint(int(c), "c") }

type Euro float64

func (c Euro) String() string { return fmt.Sprint(float64(c), "E") }

func main() {
	ms := []fmt.Stringer{Cents(7), Euro(2)}
	for _, s := range ms {
		switch v := s.(type) {
		case Cents:
			fmt.Println("cents", int(v))
		default:
			fmt.Println("other")
		}
		c, ok := s.(Cents)
		fmt.Printf("%T=%s %v %v\n", s, s, c, ok)
	}
}
