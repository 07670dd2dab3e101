// Go prints "3.0°C {Sensor:s1 value:2} main.reading" through package log; the session prints "3 {Sensor:s1 Xvalue:2} struct { Sensor string; Xvalue int }" (log's compiled fmt sees yaegi's types).
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
}
