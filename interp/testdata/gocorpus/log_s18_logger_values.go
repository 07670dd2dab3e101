// Exercises: a *log.Logger's Printf, Println and Print of values of the program's types (a Stringer, a struct with an unexported field, %T) and the package's log.Printf
package main

import (
	"fmt"
	"log"
	"os"
)

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type reading struct {
	Sensor string
	value  int
}

func main() {
	l := log.New(os.Stdout, "", 0)
	r := reading{"s1", 2}
	l.Printf("%v %+v %T", temp(3), r, r)
	l.Println(temp(1.5), r)
	l.Print(r, " ", temp(2))
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Printf("%v %T", temp(4), temp(4))
}
